import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { suppressedNote } from './figure';
import { cellText, datasetThreshold, type FigureDataset } from './figure-dataset';
import { CsvButton } from './CsvButton';
import { FigureFrame } from './FigureFrame';

/**
 * Headline figures as tiles, a term and its value each (a description list, which reads well
 * aloud), with the CSV of the same. The dataset's first column holds the values.
 */
export function FigureSummary({ dataset, asOf, description }: { dataset: FigureDataset; asOf: string; description?: ReactNode }) {
  const [column] = dataset.columns;
  const threshold = datasetThreshold(dataset);
  return (
    <FigureFrame title={dataset.title} description={description} actions={<CsvButton dataset={dataset} asOf={asOf} />}>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" verticalSpacing="sm" m={0}>
        {dataset.rows.map((row) => (
          <Stack key={row.key} gap={2} p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Text component="dt" size="xs" c="dimmed" fw={500}>
              {row.label}
            </Text>
            <Text component="dd" m={0} fw={700} fz={{ base: 'lg', sm: 'xl' }} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {column ? cellText(row.cells[column.key] ?? null, row.format ?? column.format) : '—'}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {threshold !== null && (
        <Text size="xs" c="dimmed">
          {suppressedNote(threshold)}
        </Text>
      )}
    </FigureFrame>
  );
}

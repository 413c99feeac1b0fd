import { Group, SegmentedControl, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { suppressedNote, suppressedText } from './figure';
import { datasetThreshold, type FigureDataset, hasDrawable, isDatasetEmpty } from './figure-dataset';
import { CsvButton } from './CsvButton';
import { type ChartKind, FigureChart } from './FigureChart';
import { FigureFrame } from './FigureFrame';
import { FigureTable } from './FigureTable';

interface FigureCardProps {
  dataset: FigureDataset;
  /** The day the figures are as of: names the CSV file. */
  asOf: string;
  /** How to draw it; without one the card is a table only. */
  chart?: ChartKind;
  description?: ReactNode;
  /** Said instead of the chart when every figure is a zero (the table still shows the zeros). */
  emptyText?: string;
}

/**
 * One dashboard figure set: a chart with its table for screen readers, a Chart/Table switch for
 * everyone, and the CSV of what the table shows. Hidden figures are said, not drawn.
 */
export function FigureCard({ dataset, asOf, chart, description, emptyText = 'Nothing to show here yet.' }: FigureCardProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const threshold = datasetThreshold(dataset);
  const empty = isDatasetEmpty(dataset);
  const showChart = Boolean(chart) && view === 'chart';
  const undrawn = showChart ? datasetThreshold(dataset, { chartedOnly: true }) : null;

  const body = (() => {
    // The table people look at turns into a block per row on a phone; the one for screen readers stays a table.
    if (!showChart || !chart) return <FigureTable dataset={dataset} stackOnNarrow />;
    if (empty || !hasDrawable(dataset)) {
      return (
        <>
          <Text c="dimmed" size="sm" py="md">
            {empty ? emptyText : 'Nothing here can be drawn: each figure is about too few people. The table says what it can.'}
          </Text>
          <VisuallyHidden>
            <FigureTable dataset={dataset} screenReaderOnly />
          </VisuallyHidden>
        </>
      );
    }
    return (
      <>
        <FigureChart dataset={dataset} kind={chart} />
        <VisuallyHidden>
          <FigureTable dataset={dataset} screenReaderOnly />
        </VisuallyHidden>
      </>
    );
  })();

  return (
    <FigureFrame
      title={dataset.title}
      description={description}
      actions={
        <Group gap="xs" wrap="wrap">
          {chart && (
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
              aria-label={`Show ${dataset.title} as`}
            />
          )}
          <CsvButton dataset={dataset} asOf={asOf} />
        </Group>
      }
    >
      {body}
      {threshold !== null && (
        <Text size="xs" c="dimmed">
          {undrawn !== null
            ? `* Not drawn: ${suppressedNote(undrawn)} The table and the CSV say “${suppressedText()}”.`
            : suppressedNote(threshold)}
        </Text>
      )}
    </FigureFrame>
  );
}

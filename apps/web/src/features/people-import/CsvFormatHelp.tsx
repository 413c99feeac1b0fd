import { Alert, Anchor, Card, Code, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { CSV_COLUMNS, CSV_EXAMPLE } from './csv-example';

/** What the file must look like, with an example to start from. */
export function CsvFormatHelp({ onUseExample }: { onUseExample: () => void }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="csv-format-title">
      <Stack gap="sm">
        <Title order={2} fz="md" id="csv-format-title">
          What the file looks like
        </Title>
        <Alert role="note" variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} title="All or nothing">
          If any row has a problem, nothing is written: check first, fix the rows marked “Problem”, then import. New people are invited
          without a password (get their links from the People page); people already in Onward are updated to match the file.
        </Alert>
        <Text size="sm">The first line names the columns, in any order:</Text>
        <List size="sm" spacing={4}>
          {CSV_COLUMNS.map((column) => (
            <List.Item key={column.name}>
              <Code>{column.name}</Code> {column.required ? '(required)' : '(optional)'} — {column.about}
            </List.Item>
          ))}
        </List>
        <Text size="sm" fw={500}>
          Example
        </Text>
        <Code block style={{ whiteSpace: 'pre', overflowX: 'auto' }}>
          {CSV_EXAMPLE}
        </Code>
        <Anchor component="button" type="button" size="sm" onClick={onUseExample} ta="left">
          Put this example in the box
        </Anchor>
      </Stack>
    </Card>
  );
}

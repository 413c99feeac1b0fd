import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportOutcome, ImportPeopleMutation } from '../../generated/gql/graphql';
import { useIsNarrow } from '../../shared/ui/useIsNarrow';

type Report = ImportPeopleMutation['importPeople'];
type Row = Report['rows'][number];

const OUTCOME: Record<ImportOutcome, { label: string; color: string }> = {
  CREATED: { label: 'New', color: 'green' },
  UPDATED: { label: 'Updated', color: 'blue' },
  UNCHANGED: { label: 'Unchanged', color: 'gray' },
  REJECTED: { label: 'Problem', color: 'red' },
};

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  return (
    <Badge color={OUTCOME[outcome].color} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {OUTCOME[outcome].label}
    </Badge>
  );
}

function RowMessages({ messages }: { messages: string[] }) {
  if (messages.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {messages.map((message) => (
        <List.Item key={message}>{message}</List.Item>
      ))}
    </List>
  );
}

function RowsTable({ rows }: { rows: Row[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" fz="sm" aria-label="Rows of the file">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.email || '—'}</Table.Td>
              <Table.Td>{row.name || '—'}</Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={row.outcome} />
              </Table.Td>
              <Table.Td>
                <RowMessages messages={row.messages} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RowsList({ rows }: { rows: Row[] }) {
  return (
    <Stack component="ul" aria-label="Rows of the file" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((row, index) => (
        <Stack component="li" key={row.line} gap={4} px="md" py="sm" style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600}>
              Line {row.line}: {row.name || 'no name'}
            </Text>
            <OutcomeBadge outcome={row.outcome} />
          </Group>
          <Text size="sm" c="dimmed">
            {row.email || 'no email'}
          </Text>
          {row.messages.length > 0 && <RowMessages messages={row.messages} />}
        </Stack>
      ))}
    </Stack>
  );
}

/** One sentence on what happened (or would happen), in words. */
export function importSummary(report: Report): { color: string; title: string; message: string } {
  const changes = `${plural(report.created, 'new person', 'new people')}, ${plural(report.updated, 'update', 'updates')}, ${report.unchanged} unchanged`;
  if (report.rejected > 0) {
    return {
      color: 'red',
      title: report.dryRun ? `${plural(report.rejected, 'row has', 'rows have')} problems` : 'Nothing was imported',
      message: `Fix the ${plural(report.rejected, 'row', 'rows')} marked “Problem” and check again. While any row has a problem, nothing is written.`,
    };
  }
  if (report.dryRun) return { color: 'blue', title: 'Ready to import', message: `Nothing was written yet. Importing would make: ${changes}.` };
  return { color: 'green', title: 'Imported', message: `Done: ${changes}. New people are invited; get their links from the People page.` };
}

/** Counts, a summary, and every row with its outcome and messages. */
export function ImportReport({ report }: { report: Report }) {
  const narrow = useIsNarrow();
  const summary = importSummary(report);
  const counts = [
    { label: 'New', value: report.created },
    { label: 'Updated', value: report.updated },
    { label: 'Unchanged', value: report.unchanged },
    { label: 'Problems', value: report.rejected },
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="import-report-title">
      <Title order={2} fz="lg" id="import-report-title">
        {report.dryRun ? 'Check result' : 'Import result'}
      </Title>
      <Alert color={summary.color} variant="light" title={summary.title} role="status">
        {summary.message}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map((count) => (
          <Card key={count.label} withBorder radius="md" padding="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {count.label}
            </Text>
            <Text fz={24} fw={700}>
              {count.value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder radius="md" padding={0}>
        {narrow ? <RowsList rows={report.rows} /> : <RowsTable rows={report.rows} />}
      </Card>
    </Stack>
  );
}

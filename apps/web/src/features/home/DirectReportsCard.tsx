import { Badge, Card, Divider, Group, Stack, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { PersonSummaryFieldsFragment } from '../../generated/gql/graphql';
import { PersonSummary } from './PersonSummary';

/** The people who report to the signed-in person directly (shown only to someone who has some). */
export function DirectReportsCard({ reports }: { reports: PersonSummaryFieldsFragment[] }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="direct-reports-title">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg" id="direct-reports-title">
          Your direct reports
        </Title>
        <Badge variant="light" radius="sm" aria-label={`${reports.length} direct reports`}>
          {reports.length}
        </Badge>
      </Group>
      <Stack gap="sm" component="ul" aria-label="Direct reports" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {reports.map((report, index) => (
          <Fragment key={report.id}>
            {index > 0 && <Divider component="li" aria-hidden />}
            <li>
              <PersonSummary person={report} to={`/team/${report.id}`} />
            </li>
          </Fragment>
        ))}
      </Stack>
    </Card>
  );
}

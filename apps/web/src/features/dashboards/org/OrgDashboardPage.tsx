import { useQuery } from '@apollo/client/react';
import { Alert, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { hasReason } from '../../../shared/errors/describe-error';
import { formatDay } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { FigureCard } from '../figures/FigureCard';
import { FigureSummary } from '../figures/FigureSummary';
import { DashboardLoadError } from '../DashboardLoadError';
import { useCanSeeOrgDashboard } from '../useCanSeeOrgDashboard';
import { OrgDashboardDocument } from './org-dashboard-operations';
import { EVERYONE, orgGroups, quarterDataset, teamsDataset, totalDataset } from './org-datasets';
import { QUARTER_CHARTS } from './org-figures';
import { LeadersOnly } from './LeadersOnly';

const TITLE = 'Org dashboard';

/** Leaders and admins: people counts per team under them, today and over eight quarters, never a person. */
export function OrgDashboardPage() {
  const access = useCanSeeOrgDashboard();
  const { data, loading, error, refetch } = useQuery(OrgDashboardDocument, { skip: !access.allowed, fetchPolicy: 'cache-and-network' });
  const [groupKey, setGroupKey] = useState(EVERYONE);
  const dashboard = data?.orgDashboard;

  const body = (() => {
    if (access.loading) return <PageLoader label="Loading the org dashboard" />;
    if (!access.allowed || hasReason(error, 'NOT_A_LEADER')) return <LeadersOnly />;
    if (loading && !dashboard) return <PageLoader label="Loading the org dashboard" />;
    if (!dashboard) return <DashboardLoadError title="The org dashboard could not be loaded" error={error} onRetry={() => void refetch()} />;
    const { asOf, threshold } = dashboard;
    if (dashboard.teams.length === 0) {
      return (
        <Alert color="gray" variant="light" title="No teams to show yet">
          Nobody in view has a manager yet. The figures fill in once people are placed on teams.
        </Alert>
      );
    }
    const groups = orgGroups(dashboard);
    const group = groups.find((g) => g.key === groupKey) ?? groups[0];
    return (
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Every figure counts people, as of {formatDay(asOf)}, and never names one. A figure about fewer than {threshold} people, or one from which such a figure could be
          worked out, reads “hidden”.
        </Text>
        <FigureSummary dataset={totalDataset(dashboard)} asOf={asOf} description={`The ${dashboard.teams.length} teams in view together.`} />
        <FigureCard dataset={teamsDataset(dashboard)} asOf={asOf} description="Each team is one manager’s direct reports; the teams of the managers on it sit beneath it." />
        <NativeSelect
          label="Quarters of"
          description="The charts below show this group."
          data={groups.map((g) => ({ value: g.key, label: g.label }))}
          value={group.key}
          onChange={(event) => setGroupKey(event.currentTarget.value)}
          maw={360}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {QUARTER_CHARTS.map((chart) => (
            <FigureCard
              key={chart.id}
              dataset={quarterDataset(chart, group)}
              asOf={asOf}
              chart={chart.chart}
              description={`${group.label}: ${chart.description}`}
              emptyText={chart.emptyText}
            />
          ))}
        </SimpleGrid>
      </Stack>
    );
  })();

  return (
    <>
      <PageHeader title={TITLE} description="How the teams under you are growing, counted in people and never naming anyone." />
      {body}
    </>
  );
}

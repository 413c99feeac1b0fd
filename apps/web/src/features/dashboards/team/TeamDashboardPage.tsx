import { useQuery } from '@apollo/client/react';
import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { hasReason } from '../../../shared/errors/describe-error';
import { formatDay } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { FigureCard } from '../figures/FigureCard';
import { FigureSummary } from '../figures/FigureSummary';
import { DashboardLoadError } from '../DashboardLoadError';
import { ManagersOnly } from '../ManagersOnly';
import { useIsManager } from '../useIsManager';
import { TeamDashboardDocument } from './team-dashboard-operations';
import {
  activityDataset,
  coverageDataset,
  daysToDebriefDataset,
  hasNoActivity,
  lastTwelveMonthsDataset,
  reportsDataset,
  rolesByStretchDataset,
  todayDataset,
} from './team-datasets';

const TITLE = 'Team dashboard';

/** Managers: how their direct reports are growing, today and over the last eight quarters. */
export function TeamDashboardPage() {
  const isManager = useIsManager();
  const { data, loading, error, refetch } = useQuery(TeamDashboardDocument, { skip: !isManager, fetchPolicy: 'cache-and-network' });
  const dashboard = data?.teamDashboard;

  const body = (() => {
    if (!isManager || hasReason(error, 'NOT_A_MANAGER')) return <ManagersOnly what="team dashboard" />;
    if (loading && !dashboard) return <PageLoader label="Loading your team dashboard" />;
    if (!dashboard) return <DashboardLoadError title="Your team dashboard could not be loaded" error={error} onRetry={() => void refetch()} />;
    const asOf = dashboard.asOf;
    return (
      <Stack gap="lg">
        {hasNoActivity(dashboard) && (
          <Alert color="gray" variant="light" title="Nothing has happened yet">
            No role is shared with you and no debrief or conversation is recorded in the last twelve months. The figures fill in as your reports share roles with you and you meet with them.
          </Alert>
        )}
        <FigureSummary dataset={todayDataset(dashboard)} asOf={asOf} description={`As of ${formatDay(asOf)}.`} />
        <FigureSummary dataset={lastTwelveMonthsDataset(dashboard)} asOf={asOf} description="Only roles your reports share with you, and the records you may see." />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <FigureCard
            dataset={coverageDataset(dashboard)}
            asOf={asOf}
            chart="bars"
            description="The share of today’s team covered by the practice cadence on each quarter’s last day."
            emptyText="Nobody on the team was covered in these quarters."
          />
          <FigureCard
            dataset={rolesByStretchDataset(dashboard)}
            asOf={asOf}
            chart="stacked"
            description="Roles your reports shared with you, by stretch tag against their current level."
            emptyText="No role was shared with you in these quarters."
          />
          <FigureCard
            dataset={activityDataset(dashboard)}
            asOf={asOf}
            chart="bars"
            description="Interviews on shared roles, debriefs and satisfaction conversations held."
            emptyText="No interview, debrief or satisfaction conversation in these quarters."
          />
          <FigureCard
            dataset={daysToDebriefDataset(dashboard)}
            asOf={asOf}
            chart="bars"
            description="The median number of days from an interview to the debrief after it."
            emptyText="No debrief followed an interview in these quarters."
          />
        </SimpleGrid>
        <FigureCard dataset={reportsDataset(dashboard)} asOf={asOf} description="Each direct report: what you could open about them one by one." />
      </Stack>
    );
  })();

  return (
    <>
      <PageHeader title={TITLE} description="How your direct reports are growing: interview practice, roles they share with you, debriefs and conversations." />
      {body}
    </>
  );
}

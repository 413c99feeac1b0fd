import { useQuery } from '@apollo/client/react';
import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { hasReason } from '../../../shared/errors/describe-error';
import { formatDay, todayIso } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { FigureCard } from '../figures/FigureCard';
import { FigureSummary } from '../figures/FigureSummary';
import { DashboardLoadError } from '../DashboardLoadError';
import { ManagersOnly } from '../ManagersOnly';
import { useIsManager } from '../useIsManager';
import { MonthsFilter, parseMonths } from './MonthsFilter';
import {
  candidateExperienceDataset,
  companiesDataset,
  hasNoDebriefs,
  levelReadingsDataset,
  outsideSummaryDataset,
  processesDataset,
  stageCountsDataset,
  stageKindsDataset,
  themesDataset,
} from './outside-datasets';
import { OutsidePerspectiveDocument } from './outside-perspective-operations';

/** Managers: what their debriefs with their reports say about how other companies interview. */
export function OutsidePerspectivePage() {
  const isManager = useIsManager();
  const [params, setParams] = useSearchParams();
  const months = parseMonths(params.get('months'));
  const { data, loading, error, refetch } = useQuery(OutsidePerspectiveDocument, { variables: { months }, skip: !isManager, fetchPolicy: 'cache-and-network' });
  const outside = data?.outsidePerspective;
  const setMonths = (next: number | null) => setParams(next === null ? {} : { months: String(next) }, { replace: true });

  const body = (() => {
    if (!isManager || hasReason(error, 'NOT_A_MANAGER')) return <ManagersOnly what="outside perspective" />;
    if (loading && !outside) return <PageLoader label="Loading the outside perspective" />;
    if (!outside) return <DashboardLoadError title="The outside perspective could not be loaded" error={error} onRetry={() => void refetch()} />;
    // The API gives no "as of" day here: downloads are named by the reader's today.
    const asOf = todayIso();
    if (hasNoDebriefs(outside)) {
      return (
        <Alert color="gray" variant="light" title="No debriefs yet">
          {outside.since
            ? `None of your debriefs with your reports since ${formatDay(outside.since)} is counted. Choose a longer period, or debrief a report after an interview elsewhere.`
            : 'After you debrief a report about an interview at another company, what it says about that company’s process shows here, together with your other debriefs.'}
        </Alert>
      );
    }
    const threshold = outside.companies.threshold;
    return (
      <Stack gap="lg">
        <FigureSummary
          dataset={outsideSummaryDataset(outside)}
          asOf={asOf}
          description={outside.since ? `Debriefs since ${formatDay(outside.since)}.` : 'Every debrief you held with your direct reports.'}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <FigureCard dataset={stageKindsDataset(outside)} asOf={asOf} chart="across" description="Debriefs whose process included each kind of stage." />
          <FigureCard dataset={stageCountsDataset(outside)} asOf={asOf} chart="bars" description="How many stages the processes had." />
          <FigureCard dataset={themesDataset(outside)} asOf={asOf} chart="across" description="What the debriefs noted most (up to fifteen themes)." emptyText="No debrief noted a theme." />
          <FigureCard dataset={candidateExperienceDataset(outside)} asOf={asOf} chart="across" description="How the other companies treated your reports, on average from 1 (poor) to 5 (great)." emptyText="No debrief gave a rating." />
          <FigureCard dataset={levelReadingsDataset(outside)} asOf={asOf} chart="across" description="How the other company read each report against their level here." />
          <FigureCard
            dataset={companiesDataset(outside)}
            asOf={asOf}
            chart="across"
            description={`A company is named once at least ${threshold} different people debriefed about it; the rest count as other companies.`}
          />
        </SimpleGrid>
        <FigureCard dataset={processesDataset(outside)} asOf={asOf} description="Whole processes, stage by stage (the five seen most)." />
      </Stack>
    );
  })();

  return (
    <>
      <PageHeader
        title="Outside perspective"
        description="What your debriefs with your reports say about how other companies interview, without naming anyone."
        actions={isManager ? <MonthsFilter months={months} onChange={setMonths} /> : undefined}
      />
      {body}
    </>
  );
}

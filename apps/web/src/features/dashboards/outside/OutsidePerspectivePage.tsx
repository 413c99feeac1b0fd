import { useQuery } from '@apollo/client/react';
import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { OutsidePerspectiveScope } from '../../../generated/gql/graphql';
import { hasReason } from '../../../shared/errors/describe-error';
import { formatDay, todayIso } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useViewer } from '../../session/useViewer';
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
import { chosenScope, parseScope, ScopeSwitch } from './ScopeSwitch';
import { scopeWords } from './scope-words';

/**
 * What debriefs say about how other companies interview: a manager's with their direct reports, or,
 * for a leader or an admin, everyone's under them (the organization's), under the anonymity threshold.
 */
export function OutsidePerspectivePage() {
  const isManager = useIsManager();
  const isAdmin = useViewer().viewer?.isAdmin ?? false;
  const mayOpen = isManager || isAdmin;
  const [params, setParams] = useSearchParams();
  const scope = chosenScope(parseScope(params.get('scope')), isManager);
  // Over everyone under you there is no period: two periods could be subtracted to single out a few debriefs.
  const months = scope === 'SUBTREE' ? null : parseMonths(params.get('months'));
  const { data, previousData, loading, error, refetch } = useQuery(OutsidePerspectiveDocument, { variables: { months, scope }, skip: !mayOpen, fetchPolicy: 'cache-and-network' });
  const outside = data?.outsidePerspective;
  // While another scope loads, the switch stays where it was, so the focus is not lost.
  const scopes = (data ?? previousData)?.outsidePerspective.scopes ?? [scope];
  const words = scopeWords(scope, isAdmin);
  const setAddress = (next: { months: number | null; scope: OutsidePerspectiveScope }) =>
    setParams({ ...(next.months === null ? {} : { months: String(next.months) }), ...(next.scope === chosenScope(null, isManager) ? {} : { scope: next.scope.toLowerCase() }) }, { replace: true });

  const body = (() => {
    if (!mayOpen || hasReason(error, 'NOT_A_MANAGER')) return <ManagersOnly what="outside perspective" />;
    if (hasReason(error, 'NOT_A_LEADER')) {
      return (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="Everyone under you is for leaders">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">It covers the teams of the managers who report to you, and nobody who reports to you manages anyone.</Text>
            {isManager && (
              <Button variant="white" size="xs" onClick={() => setAddress({ months, scope: 'TEAM' })}>
                Show my team
              </Button>
            )}
          </Stack>
        </Alert>
      );
    }
    if (loading && !outside) return <PageLoader label="Loading the outside perspective" />;
    if (!outside) return <DashboardLoadError title="The outside perspective could not be loaded" error={error} onRetry={() => void refetch()} />;
    // The API gives no "as of" day here: downloads are named by the reader's today.
    const asOf = todayIso();
    if (hasNoDebriefs(outside)) {
      return (
        <Alert color="gray" variant="light" title="No debriefs yet">
          {outside.since ? words.noneSince(formatDay(outside.since)) : words.noneAtAll}
        </Alert>
      );
    }
    const threshold = outside.companies.threshold;
    return (
      <Stack gap="lg">
        {outside.scope === 'SUBTREE' && (
          <Text size="sm" c="dimmed">
            These figures are about many people, so none points at anyone: a figure about fewer than {threshold} people, or one that would let such a figure be worked out,
            reads “hidden”, and a theme, process or kind of stage is listed only once {threshold} different people’s debriefs are behind it. They cover every debrief:
            with a period, two periods could be subtracted to single out a few.
          </Text>
        )}
        <FigureSummary dataset={outsideSummaryDataset(outside)} asOf={asOf} description={outside.since ? `Debriefs since ${formatDay(outside.since)}.` : words.every} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <FigureCard dataset={stageKindsDataset(outside)} asOf={asOf} chart="across" description="Debriefs whose process included each kind of stage." emptyText={words.emptyList} />
          <FigureCard dataset={stageCountsDataset(outside)} asOf={asOf} chart="bars" description="How many stages the processes had." emptyText={words.emptyList} />
          <FigureCard dataset={themesDataset(outside)} asOf={asOf} chart="across" description="What the debriefs noted most (up to fifteen themes)." emptyText={words.noTheme} />
          <FigureCard dataset={candidateExperienceDataset(outside)} asOf={asOf} chart="across" description={words.experience} emptyText="No debrief gave a rating." />
          <FigureCard dataset={levelReadingsDataset(outside)} asOf={asOf} chart="across" description={words.readings} />
          <FigureCard
            dataset={companiesDataset(outside)}
            asOf={asOf}
            chart="across"
            description={`A company is named once at least ${threshold} different people debriefed about it; the rest count as other companies.`}
          />
        </SimpleGrid>
        <FigureCard dataset={processesDataset(outside)} asOf={asOf} description="Whole processes, stage by stage (the five seen most)." emptyText={words.emptyList} />
      </Stack>
    );
  })();

  return (
    <>
      <PageHeader
        title="Outside perspective"
        description={words.header}
        actions={
          mayOpen ? (
            <>
              <ScopeSwitch scope={scope} scopes={scopes} isAdmin={isAdmin} onChange={(next) => setAddress({ months, scope: next })} />
              {scope === 'TEAM' && <MonthsFilter months={months} onChange={(next) => setAddress({ months: next, scope })} />}
            </>
          ) : undefined
        }
      />
      {body}
    </>
  );
}

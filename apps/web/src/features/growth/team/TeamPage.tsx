import { useQuery } from '@apollo/client/react';
import { Card, Group, Text } from '@mantine/core';
import { DEFAULT_PRACTICE_CADENCE_MONTHS } from '@onward/domain';
import { coverageSummary } from '../../../shared/practice/practice-status';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { TeamQueryDocument } from './team-operations';
import { TeamCardList } from './TeamCardList';
import { TeamTable } from './TeamTable';
import { LoadError } from '../ui/LoadError';

/** Managers: each direct report's interview-practice cadence, with a debrief or conversation one click away. */
export function TeamPage() {
  const { data, loading, error, refetch } = useQuery(TeamQueryDocument, { fetchPolicy: 'cache-and-network' });
  const narrow = useIsNarrow();
  const members = data?.me?.directReports ?? [];

  const body = (() => {
    if (loading && !data) return <PageLoader label="Loading your team" />;
    if (!data?.me) return <LoadError title="Your team could not be loaded" error={error} onRetry={() => void refetch()} />;
    if (members.length === 0) {
      return (
        <Text c="dimmed" ta="center" py="xl" px="md">
          Nobody reports to you yet. When an admin makes you someone’s manager, they appear here.
        </Text>
      );
    }
    return narrow ? <TeamCardList members={members} /> : <TeamTable members={members} />;
  })();

  const months = data?.organization.practiceCadenceMonths ?? DEFAULT_PRACTICE_CADENCE_MONTHS;
  const cadence = months === 12 ? 'year' : `${months} months`;
  const summary = coverageSummary(members.map((m) => m.practiceStatus));
  return (
    <>
      <PageHeader
        title="My team"
        description={`Keep everyone interview-ready: an interview-practice conversation or a debrief after a real interview, at least every ${cadence}.`}
      />
      <Card withBorder radius="md" padding={0}>
        {summary && (
          <Group p="md" gap="sm">
            <Text fw={600} size="sm" role="status">
              {summary}
            </Text>
          </Group>
        )}
        {body}
      </Card>
    </>
  );
}

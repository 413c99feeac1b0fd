import { useQuery } from '@apollo/client/react';
import { Button, Card, Center, SegmentedControl, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { NudgeSummary } from '../../../shared/nudges/NudgeSummary';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { filterFromParam, INBOX_FILTERS } from './inbox-filter';
import { InboxQuery } from './inbox-operations';
import { NudgeActions } from './NudgeActions';

export const INBOX_PAGE_SIZE = 20;

/**
 * Every nudge about the signed-in person's reports, by where it stands: open (the default),
 * snoozed, dismissed or resolved. Live: the bell's subscription has this list read again after
 * each change, so a report's share shows up here without a reload.
 */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParam(params.get('show'));
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(InboxQuery, {
    variables: { status: filter.status, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.myNudges;
  const nudges = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor ?? null },
      updateQuery: (shown, { fetchMoreResult }) => {
        const seen = new Set(shown.myNudges.edges.map((edge) => edge.node.id));
        return { myNudges: { ...fetchMoreResult.myNudges, edges: [...shown.myNudges.edges, ...fetchMoreResult.myNudges.edges.filter((edge) => !seen.has(edge.node.id))] } };
      },
    });

  const body = (() => {
    if (loading && !connection) return <PageLoader label={`Loading your ${filter.label.toLowerCase()} nudges`} />;
    if (!connection) return <ErrorNotice title="Your inbox could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    if (nudges.length === 0) {
      return (
        <Card withBorder radius="md" padding="xl">
          <Text c="dimmed" size="sm" ta="center">
            {filter.empty}
          </Text>
        </Card>
      );
    }
    return (
      <Stack gap="sm">
        <Stack component="ul" gap="sm" aria-label={`${filter.label} nudges`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {nudges.map((nudge) => (
            <Card component="li" key={nudge.id} withBorder radius="md" padding="md">
              <NudgeSummary nudge={nudge} headingId={`nudge-${nudge.id}`} actions={<NudgeActions nudge={nudge} describedBy={`nudge-${nudge.id}`} />} />
            </Card>
          ))}
        </Stack>
        {connection.pageInfo.hasNextPage && (
          <Center>
            <Button variant="default" onClick={() => void loadMore()} loading={networkStatus === 3}>
              Show more ({connection.totalCount - nudges.length} left)
            </Button>
          </Center>
        )}
        {error && <ErrorNotice title="Your inbox could not be refreshed" message={describeError(error).message} onRetry={() => void refetch()} />}
      </Stack>
    );
  })();

  return (
    <Stack gap="md">
      <PageHeader
        title="Inbox"
        description="Reminders about your direct reports. Each one clears itself once you hold the conversation, write the debrief or open the role."
      />
      <SegmentedControl
        aria-label="Show nudges"
        value={filter.param}
        onChange={(param) => setParams(param === 'open' ? {} : { show: param })}
        data={INBOX_FILTERS.map((f) => ({ value: f.param, label: f.label }))}
        fullWidth
        maw={520}
      />
      {connection && connection.totalCount > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {connection.totalCount === 1 ? `1 ${filter.label.toLowerCase()} nudge` : `${connection.totalCount} ${filter.label.toLowerCase()} nudges`}
        </Text>
      )}
      {body}
    </Stack>
  );
}

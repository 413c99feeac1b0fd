import { useQuery } from '@apollo/client/react';
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { graphql } from '../../generated/gql';
import { describeError } from '../../shared/errors/describe-error';
import { TRACK_LABELS } from '../../shared/format/level-label';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { useViewer } from '../session/useViewer';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { DirectReportsCard } from './DirectReportsCard';
import { ManagerCard } from './ManagerCard';
import { NEEDS_ATTENTION_SIZE, NeedsAttentionCard, NeedsAttentionQuery } from './NeedsAttentionCard';
import { asksWhatNeedsAttention } from './needs-attention';
import { OwnPracticeLine } from './OwnPracticeLine';
import { YourActionItemsCard } from './YourActionItemsCard';

const HomeQuery = graphql(`
  query Home {
    me {
      id
      name
      title
      level {
        id
        key
        name
        track
      }
      manager {
        ...PersonSummaryFields
      }
      directReports {
        ...PersonSummaryFields
      }
      practiceStatus {
        ...PracticeStatusFields
      }
    }
  }
`);

/**
 * The signed-in person's place in the organization (level, manager, reports), their interview
 * practice status when they have a manager, what needs a manager's attention (their newest open
 * nudges), and their open action items.
 */
export function HomePage() {
  const { data, loading, error, refetch } = useQuery(HomeQuery, { fetchPolicy: 'cache-and-network' });
  // Asked for with the page rather than once the page is drawn: a list arriving under the page's
  // first paint pushed every card below it down. Someone the shell already knows has no reports has no such list.
  const { viewer } = useViewer();
  const attention = useQuery(NeedsAttentionQuery, { variables: { first: NEEDS_ATTENTION_SIZE }, skip: !asksWhatNeedsAttention(viewer) });
  if ((loading && !data) || (attention.loading && !attention.data && !attention.error)) return <PageLoader label="Loading your home page" />;
  if (!data?.me) return <ErrorNotice title="Your home page could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;

  const { me } = data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={`Hello, ${me.name.split(' ')[0]}`}
        description={
          <Stack gap={6}>
            <Group component="span" gap="xs" wrap="wrap">
              <Text component="span" size="sm" c="dimmed">
                {me.title || 'No title set'}
              </Text>
              {me.level ? (
                <Badge variant="light" radius="sm" title={TRACK_LABELS[me.level.track]}>
                  {me.level.name} · {me.level.key}
                </Badge>
              ) : (
                <Badge variant="outline" color="gray" radius="sm">
                  No level set
                </Badge>
              )}
            </Group>
            {me.manager && <OwnPracticeLine status={me.practiceStatus} managerName={me.manager.name} />}
          </Stack>
        }
      />
      {me.directReports.length > 0 && <NeedsAttentionCard />}
      <YourActionItemsCard viewerId={me.id} />
      {/* Someone without reports has no empty "Your direct reports" card to look at. */}
      <SimpleGrid cols={{ base: 1, md: me.directReports.length > 0 ? 2 : 1 }} spacing="lg" maw={me.directReports.length > 0 ? undefined : 640}>
        <ManagerCard manager={me.manager} />
        {me.directReports.length > 0 && <DirectReportsCard reports={me.directReports} />}
      </SimpleGrid>
    </Stack>
  );
}

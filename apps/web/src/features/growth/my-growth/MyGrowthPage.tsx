import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../generated/gql';
import { useViewer } from '../../session/useViewer';
import { PracticeStatusLine } from '../../../shared/practice/PracticeStatusLine';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { GrowthHistory } from '../history/GrowthHistory';
import { historyEntries } from '../history/history';
import { LoadError } from '../ui/LoadError';
import { EarlierRecordsCard } from './EarlierRecordsCard';

const MyGrowthQuery = graphql(`
  query MyGrowth($me: ID!) {
    organization {
      id
      practiceCadenceMonths
    }
    me {
      id
      manager {
        id
        name
      }
      practiceStatus {
        ...PracticeStatusFields
      }
    }
    debriefs(reportId: $me) {
      ...DebriefSummaryFields
    }
    conversations(reportId: $me) {
      ...ConversationSummaryFields
    }
    actionItems(reportId: $me, status: ALL) {
      ...ActionItemFields
    }
  }
`);

/** The signed-in person's own growth record: practice status, action items, debriefs and conversations. */
export function MyGrowthPage() {
  const { viewer } = useViewer();
  const me = viewer?.id ?? '';
  const { data, loading, error, refetch } = useQuery(MyGrowthQuery, { variables: { me }, skip: !me, fetchPolicy: 'cache-and-network' });

  const header = <PageHeader title="My growth" description="Your debriefs and growth conversations with your manager, and what you agreed to do next." />;
  if (!me || (loading && !data)) return <PageLoader label="Loading your growth record" />;
  if (!data?.me) {
    return (
      <>
        {header}
        <LoadError title="Your growth record could not be loaded" error={error} onRetry={() => void refetch()} />
      </>
    );
  }

  const months = data.organization.practiceCadenceMonths;
  const manager = data.me.manager;
  return (
    <Stack gap="lg">
      {header}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="my-practice-title">
        <Title order={2} fz="lg" mb="sm" id="my-practice-title">
          Interview practice
        </Title>
        <Stack gap="xs">
          <PracticeStatusLine status={data.me.practiceStatus} label="Status" />
          <Text size="sm" c="dimmed">
            {manager
              ? `${manager.name} holds an interview-practice conversation with you, or a debrief after a real interview, at least every ${months === 12 ? 'year' : `${months} months`}. Share a role that interests you to get one going.`
              : 'You have no manager in Onward, so nobody holds practice conversations with you yet.'}
          </Text>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ActionItemsSection title="Your action items" items={data.actionItems} viewerId={data.me.id} emptyText="No action items yet: they come from debriefs and conversations." />
        <GrowthHistory
          title="Debriefs and conversations"
          entries={historyEntries(data.debriefs, data.conversations)}
          viewerId={data.me.id}
          emptyText="No debrief or conversation yet. Your manager records them after you talk."
        />
      </SimpleGrid>
      <EarlierRecordsCard />
    </Stack>
  );
}

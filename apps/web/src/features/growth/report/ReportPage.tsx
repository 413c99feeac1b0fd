import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconMessageCircle, IconNotes } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PracticeStatusLine } from '../../../shared/practice/PracticeStatusLine';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { GrowthHistory } from '../history/GrowthHistory';
import { historyEntries } from '../history/history';
import { firstName } from './report-context';
import { ReportGrowthQuery } from './report-operations';
import { SharedRolesSection } from './SharedRolesSection';
import { LoadError } from '../ui/LoadError';

/** One direct report: practice status, open action items, and every debrief and conversation. */
export function ReportPage() {
  const { reportId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportGrowthQuery, { variables: { reportId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <PageLoader label="Loading their growth record" />;
  const report = data?.person;
  if (!data || !report) return <LoadError title="This report could not be loaded" error={error} onRetry={() => void refetch()} />;

  const name = firstName(report.name);
  const isManager = report.manager?.id === data.me?.id;
  return (
    <Stack gap="lg">
      <PageHeader
        title={report.name}
        description={
          <Stack gap={6}>
            <Group component="span" gap="xs" wrap="wrap">
              <Text component="span" size="sm" c="dimmed">
                {report.title || 'No title set'}
              </Text>
              {report.level ? (
                <Badge variant="light" radius="sm">
                  {report.level.name} · {report.level.key}
                </Badge>
              ) : (
                <Badge variant="outline" color="gray" radius="sm">
                  No level set
                </Badge>
              )}
            </Group>
            <PracticeStatusLine status={report.practiceStatus} />
          </Stack>
        }
        actions={
          isManager && (
            <>
              <Button component={Link} to={`/team/${report.id}/debriefs/new`} leftSection={<IconNotes size={16} aria-hidden />}>
                New debrief
              </Button>
              <Button component={Link} to={`/team/${report.id}/conversations/new`} variant="default" leftSection={<IconMessageCircle size={16} aria-hidden />}>
                Hold a conversation
              </Button>
            </>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ActionItemsSection title="Action items" items={data.actionItems} viewerId={data.me?.id} emptyText={`No action items with ${name} yet.`} />
        <GrowthHistory
          title="Debriefs and conversations"
          entries={historyEntries(data.debriefs, data.conversations)}
          viewerId={data.me?.id}
          emptyText={`No debrief or conversation with ${name} yet. Hold an interview-practice conversation to get started.`}
        />
      </SimpleGrid>
      {isManager && <SharedRolesSection reportId={report.id} name={name} />}
      {isManager && (
        <Text size="sm" c="dimmed">
          Records {name} had with earlier managers stay private unless {name} shares them with you.
        </Text>
      )}
    </Stack>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { forgetGrowthRecords } from '../growth-cache';
import { firstName } from '../report/report-context';
import { DeleteRecordButton } from '../ui/DeleteRecordButton';
import { RecordHeader, recordViewer } from '../ui/RecordHeader';
import { HowItWentSection, LevelSettingSection, ProcessSection, RatingsSection } from './DebriefDetails';
import { DebriefQuery, DeleteDebriefMutation } from './debrief-operations';
import { LoadError } from '../ui/LoadError';

/** A debrief, for the report and their current manager; the manager who held it can edit or delete it. */
export function DebriefPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DebriefQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteDebriefMutation);
  if (loading && !data) return <PageLoader label="Loading the debrief" />;
  const debrief = data?.debrief;
  if (!debrief) return <LoadError title="This debrief could not be loaded" error={error} onRetry={() => void refetch()} />;

  const viewerId = data?.me?.id;
  const report = debrief.report;
  const { viewerIsReport, viewerIsManager, viewerHeldIt } = recordViewer(debrief, viewerId);
  const onDelete = () =>
    remove({
      variables: { id: debrief.id },
      update(cache) {
        if (report) forgetGrowthRecords(cache, report.id);
        cache.evict({ id: cache.identify(debrief) });
        cache.gc();
      },
    });

  return (
    <Stack gap="lg">
      <RecordHeader
        record={debrief}
        viewerId={viewerId}
        title={viewerIsReport ? 'Your debrief' : `Debrief with ${report?.name ?? 'a former colleague'}`}
        rolePrefix={' · about '}
        actions={
          viewerHeldIt &&
          report && (
            <Group gap="sm">
              <Button component={Link} to={`/debriefs/${debrief.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                Edit debrief
              </Button>
              <DeleteRecordButton what="debrief" reportName={report.name} reportId={report.id} actionItemCount={debrief.actionItems.length} countsAsPractice onDelete={onDelete} />
            </Group>
          )
        }
      />
      <LevelSettingSection debrief={debrief} />
      <HowItWentSection debrief={debrief} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ProcessSection debrief={debrief} />
        <RatingsSection debrief={debrief} />
      </SimpleGrid>
      <ActionItemsSection title="Action items" items={debrief.actionItems} viewerId={viewerId} emptyText="No action items were agreed." showSource={false}>
        {(viewerIsReport || viewerIsManager) && report && <AddActionItemForm parent={{ debriefId: debrief.id }} reportName={firstName(report.name)} viewerIsReport={viewerIsReport} />}
      </ActionItemsSection>
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { firstName } from '../report/report-context';
import { RecordHeader, recordViewer } from '../ui/RecordHeader';
import { HowItWentSection, LevelSettingSection, ProcessSection, RatingsSection } from './DebriefDetails';
import { DebriefQuery } from './debrief-operations';
import { LoadError } from '../ui/LoadError';

/** A debrief, for the report and their current manager; the manager can edit it. */
export function DebriefPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DebriefQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <PageLoader label="Loading the debrief" />;
  const debrief = data?.debrief;
  if (!debrief) return <LoadError title="This debrief could not be loaded" error={error} onRetry={() => void refetch()} />;

  const viewerId = data?.me?.id;
  const report = debrief.report;
  const { viewerIsReport, viewerIsManager } = recordViewer(debrief, viewerId);

  return (
    <Stack gap="lg">
      <RecordHeader
        record={debrief}
        viewerId={viewerId}
        title={viewerIsReport ? 'Your debrief' : `Debrief with ${report?.name ?? 'a former colleague'}`}
        rolePrefix={' · about '}
        actions={
          viewerIsManager && (
            <Button component={Link} to={`/debriefs/${debrief.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              Edit debrief
            </Button>
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

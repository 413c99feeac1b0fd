import { useQuery } from '@apollo/client/react';
import { Anchor, Button, SimpleGrid, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { formatDay } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { firstName, roleOptionLabel } from '../report/report-context';
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
  const viewerIsReport = report?.id === viewerId;
  const viewerIsManager = !!report && report.manager?.id === viewerId;
  const reportName = report?.name ?? 'a former colleague';
  const back = viewerIsReport ? { to: '/growth', label: 'Back to My growth' } : report ? { to: `/team/${report.id}`, label: `Back to ${firstName(report.name)}` } : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={viewerIsReport ? 'Your debrief' : `Debrief with ${reportName}`}
        description={
          <>
            Held on {formatDay(debrief.heldOn)}
            {debrief.heldBy && ` by ${debrief.heldBy.id === viewerId ? 'you' : debrief.heldBy.name}`}
            {debrief.role && (
              <>
                {' · about '}
                <Anchor component={Link} to={`/roles/${debrief.role.id}`} size="sm">
                  {roleOptionLabel(debrief.role)}
                </Anchor>
              </>
            )}
            .
            {back && (
              <Anchor component={Link} to={back.to} size="sm" display="block" mt={4}>
                <span aria-hidden>← </span>
                {back.label}
              </Anchor>
            )}
          </>
        }
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

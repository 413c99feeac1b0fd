import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { CONVERSATION_KIND_LABELS } from '../labels';
import { forgetGrowthRecords } from '../growth-cache';
import { firstName } from '../report/report-context';
import { DeleteRecordButton } from '../ui/DeleteRecordButton';
import { RecordHeader, recordViewer } from '../ui/RecordHeader';
import { ReadSection, TextBlock } from '../ui/ReadSection';
import { ConversationQuery, DeleteConversationMutation } from './conversation-operations';
import { LoadError } from '../ui/LoadError';

/** A conversation as it was recorded, for the report and their current manager; the manager who held it can edit or delete it. */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ConversationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteConversationMutation);
  if (loading && !data) return <PageLoader label="Loading the conversation" />;
  const conversation = data?.conversation;
  if (!conversation) return <LoadError title="This conversation could not be loaded" error={error} onRetry={() => void refetch()} />;

  const viewerId = data?.me?.id;
  const report = conversation.report;
  const { viewerIsReport, viewerIsManager, viewerHeldIt } = recordViewer(conversation, viewerId);
  const kind = CONVERSATION_KIND_LABELS[conversation.kind];
  const onDelete = () =>
    remove({
      variables: { id: conversation.id },
      update(cache) {
        if (report) forgetGrowthRecords(cache, report.id);
        cache.evict({ id: cache.identify(conversation) });
        cache.gc();
      },
    });

  return (
    <Stack gap="lg">
      <RecordHeader
        record={conversation}
        viewerId={viewerId}
        title={viewerIsReport ? `Your ${kind.toLowerCase()} conversation` : `${kind} conversation with ${report?.name ?? 'a former colleague'}`}
        rolePrefix={' · started from '}
        actions={
          viewerHeldIt &&
          report && (
            <Group gap="sm">
              <Button component={Link} to={`/conversations/${conversation.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                Edit conversation
              </Button>
              <DeleteRecordButton
                what="conversation"
                reportName={report.name}
                reportId={report.id}
                actionItemCount={conversation.actionItems.length}
                countsAsPractice={conversation.kind === 'INTERVIEW_PRACTICE'}
                onDelete={onDelete}
              />
            </Group>
          )
        }
      />
      <ReadSection title="Agenda">
        {conversation.answers.length === 0 && (
          <Text size="sm" c="dimmed">
            No agenda question was answered.
          </Text>
        )}
        {conversation.answers.map((answer) => (
          <TextBlock key={answer.questionKey} label={answer.prompt} text={answer.answer} />
        ))}
        <TextBlock label="Notes" text={conversation.notes} />
      </ReadSection>
      <ActionItemsSection title="Action items" items={conversation.actionItems} viewerId={viewerId} emptyText="No action items were agreed." showSource={false}>
        {(viewerIsReport || viewerIsManager) && report && <AddActionItemForm parent={{ conversationId: conversation.id }} reportName={firstName(report.name)} viewerIsReport={viewerIsReport} />}
      </ActionItemsSection>
    </Stack>
  );
}

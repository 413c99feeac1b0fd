import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { CONVERSATION_KIND_LABELS } from '../labels';
import { firstName } from '../report/report-context';
import { RecordHeader, recordViewer } from '../ui/RecordHeader';
import { ReadSection, TextBlock } from '../ui/ReadSection';
import { ConversationQuery } from './conversation-operations';
import { LoadError } from '../ui/LoadError';

/** A conversation as it was recorded, for the report and their current manager. */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ConversationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <PageLoader label="Loading the conversation" />;
  const conversation = data?.conversation;
  if (!conversation) return <LoadError title="This conversation could not be loaded" error={error} onRetry={() => void refetch()} />;

  const viewerId = data?.me?.id;
  const report = conversation.report;
  const { viewerIsReport, viewerIsManager } = recordViewer(conversation, viewerId);
  const kind = CONVERSATION_KIND_LABELS[conversation.kind];

  return (
    <Stack gap="lg">
      <RecordHeader
        record={conversation}
        viewerId={viewerId}
        title={viewerIsReport ? `Your ${kind.toLowerCase()} conversation` : `${kind} conversation with ${report?.name ?? 'a former colleague'}`}
        rolePrefix={' · started from '}
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

import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatDay } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { AddActionItemForm } from '../action-items/AddActionItemForm';
import { CONVERSATION_KIND_LABELS } from '../labels';
import { firstName, roleOptionLabel } from '../report/report-context';
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
  const viewerIsReport = report?.id === viewerId;
  const viewerIsManager = !!report && report.manager?.id === viewerId;
  const kind = CONVERSATION_KIND_LABELS[conversation.kind];
  const back = viewerIsReport ? { to: '/growth', label: 'Back to My growth' } : report ? { to: `/team/${report.id}`, label: `Back to ${firstName(report.name)}` } : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={viewerIsReport ? `Your ${kind.toLowerCase()} conversation` : `${kind} conversation with ${report?.name ?? 'a former colleague'}`}
        description={
          <>
            Held on {formatDay(conversation.heldOn)}
            {conversation.heldBy && ` by ${conversation.heldBy.id === viewerId ? 'you' : conversation.heldBy.name}`}
            {conversation.role && (
              <>
                {' · started from '}
                <Anchor component={Link} to={`/roles/${conversation.role.id}`} size="sm">
                  {roleOptionLabel(conversation.role)}
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

import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { SAVED_FORM } from '../../../shared/forms/useUnsavedChangesGuard';
import { formatDay } from '../../../shared/format/format-day';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { forgetGrowthRecords } from '../growth-cache';
import { CONVERSATION_KIND_LABELS } from '../labels';
import { firstName, GrowthReportContextQuery, rolesSharedBy } from '../report/report-context';
import { LoadError } from '../ui/LoadError';
import { recordViewer } from '../ui/RecordHeader';
import { CONVERSATION_FIELDS, conversationFormFrom, updateConversationInput, type ConversationFormState } from './conversation-form';
import { ConversationAgendasQuery, ConversationQuery, UpdateConversationMutation } from './conversation-operations';
import { ConversationForm } from './ConversationForm';

/** The manager who held a conversation corrects or completes it; its action items are worked on its page. */
export function EditConversationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(ConversationQuery, { variables: { id } });
  const agendas = useQuery(ConversationAgendasQuery);
  const reportId = query.data?.conversation.report?.id ?? '';
  const context = useQuery(GrowthReportContextQuery, { variables: { reportId }, skip: !reportId });
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateConversationMutation, { update: (cache) => forgetGrowthRecords(cache, reportId) });
  const conversation = query.data?.conversation;
  // Taken once: later refetches must not reset what is being typed.
  const [initial, setInitial] = useState<ConversationFormState | null>(null);
  if (conversation && !initial) setInitial(conversationFormFrom(conversation));

  const waiting = (query.loading && !query.data) || (agendas.loading && !agendas.data) || (context.loading && !context.data);
  if (waiting) return <PageLoader label="Loading the conversation" />;
  if (!conversation || !initial) return <LoadError title="This conversation could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  const report = conversation.report;
  if (!report || !recordViewer(conversation, query.data?.me?.id).viewerHeldIt) {
    return <ErrorNotice title="Only the manager who held it can edit a conversation" message="A conversation is edited by the manager who held it, while they manage the report." />;
  }
  const backTo = `/conversations/${conversation.id}`;

  const save = async (state: ConversationFormState, questionKeys: string[] | null) => {
    setProblem(null);
    try {
      await update({ variables: { id: conversation.id, input: updateConversationInput(state, initial, questionKeys) } });
      notifications.show({ color: 'green', message: 'Saved the changes to the conversation.' });
      navigate(backTo, { state: SAVED_FORM });
    } catch (error) {
      setProblem(describeError(error, CONVERSATION_FIELDS));
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader title={`Edit the ${CONVERSATION_KIND_LABELS[conversation.kind].toLowerCase()} conversation with ${report.name}`} description={`Held on ${formatDay(conversation.heldOn)}.`} />
      {agendas.error && <LoadError title="The agendas could not be loaded" error={agendas.error} onRetry={() => void agendas.refetch()} />}
      <ConversationForm
        initial={initial}
        agendas={agendas.data?.conversationAgendas ?? []}
        reportFirstName={firstName(report.name)}
        roles={rolesSharedBy(context.data, report.id)}
        saving={saving}
        problem={problem}
        editing
        submitLabel="Save changes"
        onSubmit={(state, agenda) => void save(state, agenda ? agenda.questions.map((q) => q.key) : null)}
        onCancel={() => navigate(backTo)}
      />
    </Stack>
  );
}

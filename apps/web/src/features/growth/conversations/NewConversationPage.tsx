import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ReportActionItemsQuery } from '../../../shared/action-items/action-item-operations';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { SAVED_FORM } from '../../../shared/forms/useUnsavedChangesGuard';
import { todayIso } from '../../../shared/format/format-day';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionItemsSection } from '../action-items/ActionItemsSection';
import { forgetGrowthRecords } from '../growth-cache';
import { isConversationKind } from '../labels';
import { firstName, GrowthReportContextQuery, rolesSharedBy } from '../report/report-context';
import { CONVERSATION_FIELDS, emptyConversationForm, holdConversationInput, type ConversationFormState } from './conversation-form';
import { ConversationAgendasQuery, HoldConversationMutation } from './conversation-operations';
import { ConversationForm } from './ConversationForm';
import { LoadError } from '../ui/LoadError';

/** The manager holds a growth conversation with a report; open action items from before come first. */
export function NewConversationPage() {
  const { reportId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const context = useQuery(GrowthReportContextQuery, { variables: { reportId }, fetchPolicy: 'cache-and-network' });
  const agendas = useQuery(ConversationAgendasQuery);
  const carried = useQuery(ReportActionItemsQuery, { variables: { reportId, status: 'OPEN' }, fetchPolicy: 'cache-and-network' });
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [hold, { loading: saving }] = useMutation(HoldConversationMutation, { update: (cache) => forgetGrowthRecords(cache, reportId) });

  if ((context.loading && !context.data) || (agendas.loading && !agendas.data)) return <PageLoader label="Loading the conversation form" />;
  const report = context.data?.person;
  if (!report) return <LoadError title="This report could not be loaded" error={context.error} onRetry={() => void context.refetch()} />;
  if (report.manager?.id !== context.data?.me?.id) {
    return <ErrorNotice title="Only their manager can record a conversation" message={report.id === context.data?.me?.id ? 'Conversations with you are recorded by your manager; you find them on My growth.' : `Conversations with ${report.name} are recorded by their current manager.`} />;
  }

  const roles = rolesSharedBy(context.data, reportId);
  const kindParam = params.get('kind');
  const wantedRole = params.get('roleId');
  const initial = emptyConversationForm(
    isConversationKind(kindParam) ? kindParam : 'INTERVIEW_PRACTICE',
    todayIso(),
    roles.some((role) => role.id === wantedRole) ? wantedRole : null,
  );
  const backTo = `/team/${reportId}`;

  const save = async (state: ConversationFormState, questionKeys: string[]) => {
    setProblem(null);
    try {
      const { data } = await hold({ variables: { input: holdConversationInput(reportId, state, questionKeys) } });
      if (!data) return;
      notifications.show({ color: 'green', message: `Saved the conversation with ${report.name}.` });
      navigate(`/conversations/${data.holdConversation.id}`, { state: SAVED_FORM });
    } catch (error) {
      setProblem(describeError(error, CONVERSATION_FIELDS));
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Conversation with ${report.name}`}
        description={
          <>
            Follow the agenda, keep notes, agree on what happens next.{' '}
            <Anchor component={Link} to={backTo} size="sm">
              Back to {firstName(report.name)}
            </Anchor>
          </>
        }
      />
      {carried.error && !carried.data ? (
        <LoadError title="Open action items could not be loaded" error={carried.error} onRetry={() => void carried.refetch()} />
      ) : (
        <ActionItemsSection
          title="Carried over: open action items"
          items={carried.data?.actionItems ?? []}
          viewerId={context.data?.me?.id}
          emptyText={carried.loading ? 'Loading…' : 'Nothing open from earlier conversations.'}
        />
      )}
      {agendas.error && <LoadError title="The agendas could not be loaded" error={agendas.error} onRetry={() => void agendas.refetch()} />}
      <ConversationForm
        initial={initial}
        agendas={agendas.data?.conversationAgendas ?? []}
        reportFirstName={firstName(report.name)}
        roles={roles}
        saving={saving}
        problem={problem}
        onSubmit={(state, agenda) => void save(state, agenda?.questions.map((q) => q.key) ?? [])}
        onCancel={() => navigate(backTo)}
      />
    </Stack>
  );
}

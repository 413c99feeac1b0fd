import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { CONVERSATION_CONTENT_RULE } from '@onward/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConversationAgendasQuery, ConversationKind } from '../../../generated/gql/graphql';
import type { DescribedError } from '../../../shared/errors/describe-error';
import { todayIso } from '../../../shared/format/format-day';
import { hasChanged, useUnsavedChangesGuard } from '../../../shared/forms/useUnsavedChangesGuard';
import { FormError } from '../../../shared/ui/FormError';
import { WhatCountsNote } from '../ui/WhatCountsNote';
import { focusFirstInvalid } from '../ui/focus-first-invalid';
import { ActionItemRowsInput } from '../action-items/ActionItemRowsInput';
import { CONVERSATION_KIND_LABELS, isConversationKind, selectData } from '../labels';
import { roleOptionLabel, type SharedRoleOption } from '../report/report-context';
import { answerKey, conversationFormProblems, type ConversationFormState } from './conversation-form';

type Agenda = ConversationAgendasQuery['conversationAgendas'][number];

interface ConversationFormProps {
  initial: ConversationFormState;
  agendas: Agenda[];
  reportFirstName: string;
  roles: SharedRoleOption[];
  saving: boolean;
  problem: DescribedError | null;
  /** An edit keeps the kind (its answers belong to that agenda) and adds no action items here. */
  editing?: boolean;
  submitLabel?: string;
  onSubmit: (state: ConversationFormState, agenda: Agenda | undefined) => void;
  onCancel: () => void;
}

/** A growth conversation as it is held: the kind's guided agenda, free notes, action items. */
export function ConversationForm({ initial, agendas, reportFirstName, roles, saving, problem, editing = false, submitLabel = 'Save conversation', onSubmit, onCancel }: ConversationFormProps) {
  const [state, setState] = useState(initial);
  const [start] = useState(initial);
  const leaveDialog = useUnsavedChangesGuard(hasChanged(state, start));
  const [checked, setChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The API refused the form: show where.
  useEffect(() => {
    if (problem) focusFirstInvalid(formRef.current);
  }, [problem]);
  const set = <K extends keyof ConversationFormState>(field: K, value: ConversationFormState[K]) => setState((current) => ({ ...current, [field]: value }));
  const today = todayIso();
  const local = conversationFormProblems(state, today);
  const saysNothing = checked && local.empty;
  const errors: Record<string, string | undefined> = { ...problem?.fields, ...(checked ? local.fields : {}) };
  if (saysNothing) errors.notes ??= 'Write what was said here, or answer a question above.';
  const agenda = agendas.find((a) => a.kind === state.kind);
  const hasLocalProblems = checked && (Object.keys(local.fields).length > 0 || Object.keys(local.rows).length > 0);
  const formMessage = saysNothing ? 'Not saved: nothing that counts is written yet. See “What makes a conversation count” above.' : hasLocalProblems ? 'Some fields need a look: see the messages below.' : problem?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (local.empty || Object.keys(local.fields).length > 0 || Object.keys(local.rows).length > 0) return focusFirstInvalid(formRef.current);
    onSubmit(state, agenda);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Conversation">
      <Stack gap="lg">
        {leaveDialog}
        <WhatCountsNote title="What makes a conversation count">{CONVERSATION_CONTENT_RULE}</WhatCountsNote>
        <FormError message={formMessage} />
        <Card withBorder radius="md" padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Kind of conversation"
              data={selectData(CONVERSATION_KIND_LABELS)}
              value={state.kind}
              onChange={(value) => isConversationKind(value) && set('kind', value as ConversationKind)}
              allowDeselect={false}
              disabled={editing}
              description={editing ? 'The kind stays: the answers belong to its agenda.' : undefined}
              error={errors.kind}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput type="date" label="Held on" required max={today} value={state.heldOn} onChange={(e) => set('heldOn', e.currentTarget.value)} error={errors.heldOn} />
          </SimpleGrid>
          {state.kind === 'SATISFACTION' && (
            <Select
              mt="md"
              label="Shared role"
              description={roles.length === 0 ? `${reportFirstName} shares no roles with you right now.` : 'The same-level role that prompted this conversation, if any.'}
              placeholder={roles.length === 0 ? 'None to link' : 'Not linked to a role'}
              data={roles.map((role) => ({ value: role.id, label: roleOptionLabel(role) }))}
              value={state.roleId}
              onChange={(value) => set('roleId', value)}
              clearable
              disabled={roles.length === 0}
              error={errors.roleId}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-label="Agenda">
          <Title order={2} fz="lg">
            {agenda?.title ?? 'Agenda'}
          </Title>
          {agenda && (
            <Text size="sm" c="dimmed" mb="md">
              {agenda.purpose}
            </Text>
          )}
          <Stack gap="md">
            {!agenda && <Text size="sm">The agenda could not be loaded; write what was said in the notes.</Text>}
            {agenda?.questions.map((question) => (
              <Textarea
                key={question.key}
                label={question.prompt}
                description={question.hint}
                autosize
                minRows={2}
                value={state.answers[answerKey(state.kind, question.key)] ?? ''}
                onChange={(e) => set('answers', { ...state.answers, [answerKey(state.kind, question.key)]: e.currentTarget.value })}
              />
            ))}
            <Textarea label="Notes" description="Anything else worth keeping." autosize minRows={3} value={state.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errors.notes} />
          </Stack>
        </Card>
        {!editing && (
          <Card withBorder radius="md" padding="lg" component="section" aria-label="New action items">
            <Title order={2} fz="lg" mb="md">
              New action items
            </Title>
            <ActionItemRowsInput value={state.actionItems} onChange={(rows) => set('actionItems', rows)} reportName={reportFirstName} problems={checked ? local.rows : {}} />
          </Card>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { DEBRIEF_CONTENT_RULE } from '@onward/domain';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { DescribedError } from '../../../shared/errors/describe-error';
import { todayIso } from '../../../shared/format/format-day';
import { TRACK_LABELS } from '../../../shared/format/level-label';
import { hasChanged, useUnsavedChangesGuard } from '../../../shared/forms/useUnsavedChangesGuard';
import { FormError } from '../../../shared/ui/FormError';
import { WhatCountsNote } from '../ui/WhatCountsNote';
import { focusFirstInvalid } from '../ui/focus-first-invalid';
import { ActionItemRowsInput } from '../action-items/ActionItemRowsInput';
import { ROLE_OUTCOME_LABELS, selectData } from '../labels';
import type { RoleOutcome } from '../../../generated/gql/graphql';
import { GrowthLevelsQuery, roleOptionLabel, type SharedRoleOption } from '../report/report-context';
import { debriefFormProblems, type DebriefFormState } from './debrief-form';
import { DebriefProcessFields, DebriefRatingFields } from './DebriefProcessFields';

interface DebriefFormProps {
  initial: DebriefFormState;
  reportFirstName: string;
  roles: SharedRoleOption[];
  withActionItems: boolean;
  submitLabel: string;
  saving: boolean;
  problem: DescribedError | null;
  onSubmit: (state: DebriefFormState) => void;
  onCancel: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Title order={2} fz="lg" mb="md" component="legend" style={{ float: 'left', width: '100%', padding: 0 }}>
        {title}
      </Title>
      <Stack gap="md" style={{ clear: 'both' }}>
        {children}
      </Stack>
    </Card>
  );
}

/** The debrief, as a form: new ones and edits alike; action items only when it is new. */
export function DebriefForm({ initial, reportFirstName, roles, withActionItems, submitLabel, saving, problem, onSubmit, onCancel }: DebriefFormProps) {
  const [state, setState] = useState(initial);
  const [start] = useState(initial);
  const leaveDialog = useUnsavedChangesGuard(hasChanged(state, start));
  const [checked, setChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The API refused the form: show where.
  useEffect(() => {
    if (problem) focusFirstInvalid(formRef.current);
  }, [problem]);
  const levels = useQuery(GrowthLevelsQuery);
  const set = <K extends keyof DebriefFormState>(field: K, value: DebriefFormState[K]) => setState((current) => ({ ...current, [field]: value }));
  const today = todayIso();
  const local = debriefFormProblems(state, today);
  const saysNothing = checked && local.empty;
  const errors: Record<string, string | undefined> = { ...problem?.fields, ...(checked ? local.fields : {}) };
  // The rule is any of several fields: the first of them takes the message, and the focus.
  if (saysNothing) errors.wentWell ??= 'Write what was learned here, or in another field that counts.';
  const levelData = (['IC', 'MANAGER'] as const)
    .map((track) => ({
      group: TRACK_LABELS[track],
      items: [...(levels.data?.levels ?? [])].filter((l) => l.track === track).sort((a, b) => a.rank - b.rank).map((l) => ({ value: l.key, label: `${l.name} (${l.key})` })),
    }))
    .filter((group) => group.items.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (local.empty || Object.keys(local.fields).length > 0 || Object.keys(local.rows).length > 0) return focusFirstInvalid(formRef.current);
    onSubmit(state);
  };
  const hasLocalProblems = checked && (Object.keys(local.fields).length > 0 || Object.keys(local.rows).length > 0);
  const formMessage = saysNothing ? 'Not saved: nothing that counts is written yet. See “What makes a debrief count” above.' : hasLocalProblems ? 'Some fields need a look: see the messages below.' : problem?.message;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Debrief">
      <Stack gap="lg">
        {leaveDialog}
        <WhatCountsNote title="What makes a debrief count">{DEBRIEF_CONTENT_RULE} Saving it marks {reportFirstName} as practised for the year.</WhatCountsNote>
        <FormError message={formMessage} />
        <Section title="The interview">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput type="date" label="Held on" required max={today} value={state.heldOn} onChange={(e) => set('heldOn', e.currentTarget.value)} error={errors.heldOn} />
            <Select
              label="Outcome"
              placeholder="Not known yet"
              data={selectData(ROLE_OUTCOME_LABELS)}
              value={state.outcome}
              onChange={(value) => set('outcome', value as RoleOutcome | null)}
              clearable
              error={errors.outcome}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <Select
            label="Shared role"
            description={roles.length === 0 ? `${reportFirstName} shares no roles with you right now.` : `Which of the roles ${reportFirstName} shares with you it was for.`}
            placeholder={roles.length === 0 ? 'None to link' : 'Not linked to a role'}
            data={roles.map((role) => ({ value: role.id, label: roleOptionLabel(role) }))}
            value={state.roleId}
            onChange={(value) => set('roleId', value)}
            clearable
            disabled={roles.length === 0 && !state.roleId}
            error={errors.roleId}
            comboboxProps={{ withinPortal: true }}
          />
        </Section>
        <Section title="How it went">
          <Textarea label="What went well" autosize minRows={3} value={state.wentWell} onChange={(e) => set('wentWell', e.currentTarget.value)} error={errors.wentWell} />
          <Textarea label="What could have gone better" autosize minRows={3} value={state.couldBeBetter} onChange={(e) => set('couldBeBetter', e.currentTarget.value)} error={errors.couldBeBetter} />
          <Textarea
            label="Third-party feedback"
            description="What the other company said."
            autosize
            minRows={2}
            value={state.thirdPartyFeedback}
            onChange={(e) => set('thirdPartyFeedback', e.currentTarget.value)}
            error={errors.thirdPartyFeedback}
          />
        </Section>
        <Section title="Level they were read at">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Assessed level"
              description="The closest level on our ladder."
              placeholder={levels.loading ? 'Loading levels…' : 'Not known'}
              data={levelData}
              value={state.assessedLevelKey}
              onChange={(value) => set('assessedLevelKey', value)}
              clearable
              searchable
              error={errors.assessedLevelKey ?? (levels.error ? 'The ladder could not be loaded.' : undefined)}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              label="Their word for it"
              description="As the other company put it."
              placeholder="e.g. Senior"
              maxLength={100}
              value={state.assessedLevelLabel}
              onChange={(e) => set('assessedLevelLabel', e.currentTarget.value)}
              error={errors.assessedLevelLabel}
            />
          </SimpleGrid>
        </Section>
        <Section title="Their process">
          <DebriefProcessFields state={state} set={set} errors={errors} />
        </Section>
        <Section title="Candidate experience">
          <DebriefRatingFields state={state} set={set} errors={errors} />
        </Section>
        {withActionItems && (
          <Section title="Action items">
            <ActionItemRowsInput value={state.actionItems} onChange={(rows) => set('actionItems', rows)} reportName={reportFirstName} problems={checked ? local.rows : {}} />
          </Section>
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

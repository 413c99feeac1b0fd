import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { saysNothingWouldMakeMeMove } from '@onward/domain';
import { useState, type FormEvent } from 'react';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { FormError } from '../../../shared/ui/FormError';
import { useUpdateRole } from '../api/useRoleMutations';
import { CHECKLIST_FIELDS, ChecklistFields } from '../form/ChecklistFields';
import { checklistChanges, checklistDraftFrom, type ChecklistDraft } from '../form/role-draft';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

/** The owner works the prep checklist; the answers save together. */
export function ChecklistCard({ role }: { role: Role }) {
  const [update, { loading }] = useUpdateRole();
  const [draft, setDraft] = useState<ChecklistDraft>(() => checklistDraftFrom(role.checklist));
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const changes = checklistChanges(role.checklist, draft);
  const dirty = Object.keys(changes).length > 0;

  // When the saved checklist changes (saved here or elsewhere) and nothing is being edited, show it.
  // Adjusted while rendering (React's way to reset state on a new prop), not in an effect.
  const saved = JSON.stringify(role.checklist);
  const [shownSaved, setShownSaved] = useState(saved);
  if (saved !== shownSaved) {
    setShownSaved(saved);
    if (!dirty) setDraft(checklistDraftFrom(role.checklist));
  }

  const setItem = <K extends keyof ChecklistDraft>(field: K, value: ChecklistDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  // The saved answer is judged by the API; an answer being typed is judged by the same rule here.
  const answerUnchanged = draft.whatWouldItTake.trim() === (role.checklist.whatWouldItTake ?? '');
  const nothingWouldMove = answerUnchanged ? role.checklist.nothingWouldMakeMeMove : saysNothingWouldMakeMeMove(draft.whatWouldItTake);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    setProblem(null);
    try {
      await update({ variables: { id: role.id, input: changes } });
      notifications.show({ color: 'green', message: 'Saved your checklist.' });
    } catch (error) {
      setProblem(describeError(error, CHECKLIST_FIELDS));
    }
  };

  return (
    <SectionCard title="Prep checklist">
      <form onSubmit={submit} noValidate aria-label="Prep checklist">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Before you talk to them: be honest that you are not looking, know your why, and know what it would take.
          </Text>
          <ChecklistFields draft={draft} onChange={setItem} errors={problem?.fields} nothingWouldMove={nothingWouldMove} />
          <FormError message={problem?.message} />
          <Group justify="flex-end" gap="sm">
            {dirty && (
              <Button variant="default" onClick={() => setDraft(checklistDraftFrom(role.checklist))}>
                Discard changes
              </Button>
            )}
            <Button type="submit" loading={loading} disabled={!dirty}>
              Save checklist
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

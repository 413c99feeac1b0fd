import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { LevelSelect } from './LevelSelect';
import { ManagerSelect } from './ManagerSelect';
import { draftFromPerson, personChanges, type PersonDraft } from './person-changes';
import { useUpdatePerson } from './usePeopleMutations';

const FIELDS = ['name', 'title', 'levelId', 'managerId', 'isAdmin'] as const;

function EditPersonForm({ person, onDone }: { person: PersonRowFieldsFragment; onDone: () => void }) {
  const [update, { loading }] = useUpdatePerson(person);
  const [draft, setDraft] = useState<PersonDraft>(() => draftFromPerson(person));
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const set = <K extends keyof PersonDraft>(field: K, value: PersonDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const input = personChanges(person, draft);
    if (Object.keys(input).length === 0) return onDone();
    try {
      await update({ variables: { id: person.id, input } });
      notifications.show({ color: 'green', message: `Saved the changes to ${draft.name.trim()}.` });
      onDone();
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {person.email}
        </Text>
        <FormError message={problem?.message} />
        <TextInput label="Name" required data-autofocus value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} error={problem?.fields.name} />
        <TextInput label="Title" value={draft.title} onChange={(e) => set('title', e.currentTarget.value)} error={problem?.fields.title} />
        <LevelSelect value={draft.levelId} onChange={(levelId) => set('levelId', levelId)} error={problem?.fields.levelId} />
        <ManagerSelect value={draft.managerId} onChange={(managerId) => set('managerId', managerId)} current={person.manager} excludeId={person.id} error={problem?.fields.managerId} />
        <Checkbox label="Admin" description="Can manage people, the ladder and settings." checked={draft.isAdmin} onChange={(e) => set('isAdmin', e.currentTarget.checked)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edits a person's name, title, level, manager and admin role. */
export function EditPersonModal({ person, onClose }: { person: PersonRowFieldsFragment | null; onClose: () => void }) {
  return (
    <Modal opened={person !== null} onClose={onClose} title={person ? `Edit ${person.name}` : 'Edit person'} size="lg">
      {person && <EditPersonForm key={person.id} person={person} onDone={onClose} />}
    </Modal>
  );
}

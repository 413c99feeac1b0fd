import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { FormError } from '../../../shared/ui/FormError';
import { useUpdateRole } from '../api/useRoleMutations';
import { draftFromRole, roleChanges, type RoleDraft } from '../form/role-draft';
import { ROLE_FIELDS, RoleFormFields } from '../form/RoleFormFields';
import type { Role } from './role-page-types';

function EditRoleForm({ role, onDone }: { role: Role; onDone: () => void }) {
  const [update, { loading }] = useUpdateRole();
  const [draft, setDraft] = useState<RoleDraft>(() => draftFromRole(role));
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const setField = <K extends keyof RoleDraft>(field: K, value: RoleDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) {
      setProblem({ message: '', fields: { title: 'Give the role its title, as the posting says it.' } });
      return;
    }
    const input = roleChanges(role, draft);
    if (Object.keys(input).length === 0) return onDone();
    setProblem(null);
    try {
      await update({ variables: { id: role.id, input } });
      notifications.show({ color: 'green', message: 'Saved the role’s details.' });
      onDone();
    } catch (error) {
      setProblem(describeError(error, ROLE_FIELDS));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={problem?.message} />
        <RoleFormFields draft={draft} onChange={setField} errors={problem?.fields} autoFocusTitle />
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

/** Edits the posting's fields of a role the viewer keeps. */
export function EditRoleModal({ role, opened, onClose }: { role: Role; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit the role’s details" size="xl" fullScreen={false}>
      {opened && <EditRoleForm role={role} onDone={onClose} />}
    </Modal>
  );
}

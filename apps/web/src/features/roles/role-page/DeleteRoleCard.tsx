import { Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ConfirmDeletion } from '../../../shared/ui/ConfirmDeletion';
import { useDeleteRole } from '../api/useRoleMutations';
import { SectionCard } from '../ui/SectionCard';
import type { Role } from './role-page-types';

/** Deletes the role for good, after asking. */
export function DeleteRoleCard({ role }: { role: Role }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading }] = useDeleteRole();
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setProblem(null);
    setConfirming(false);
  };

  const confirm = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: role.id } });
      notifications.show({ color: 'green', message: `Deleted “${role.title}” for good.` });
      void navigate('/roles', { replace: true });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <SectionCard title="Delete">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Deleting removes the role with its checklist, interviews, thread and access log.
        </Text>
        <Button variant="outline" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirming(true)}>
          Delete role
        </Button>
      </Stack>
      <Modal opened={confirming} onClose={close} title="Delete this role?">
        <ConfirmDeletion problem={problem} loading={loading} onCancel={close} onConfirm={() => void confirm()}>
          “{role.title}”{role.company && ` at ${role.company}`} will be deleted for good, with its checklist, interviews, thread and access log
          {role.isShared && '; your manager will no longer see it'}. This cannot be undone.
        </ConfirmDeletion>
      </Modal>
    </SectionCard>
  );
}

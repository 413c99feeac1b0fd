import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../shared/errors/describe-error';
import { FormError } from '../../../shared/ui/FormError';
import { useShareRole } from '../api/useRoleMutations';
import type { Role } from './role-page-types';

interface ShareRoleModalProps {
  role: Role;
  managerName: string;
  opened: boolean;
  onClose: () => void;
}

function ShareForm({ role, managerName, onDone }: { role: Role; managerName: string; onDone: () => void }) {
  const [share, { loading }] = useShareRole();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const first = managerName.split(' ')[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await share({ variables: { id: role.id, message: message.trim() || null } });
      notifications.show({ color: 'green', message: `Shared with ${managerName}.` });
      onDone();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{first} will be able to:</Text>
        <List size="sm" spacing={4}>
          <List.Item>read the role, its level, your checklist and your interviews;</List.Item>
          <List.Item>comment on it with you, and set its level.</List.Item>
        </List>
        <Text size="sm">
          {role.checklist.whatWouldItTakeShared
            ? 'Your answer to “what would it take” is shared too (you switched that on).'
            : 'Your answer to “what would it take” stays private.'}{' '}
          Each time {first} opens the role, you will see it in “Who has seen this”. If your manager changes, your new manager sees it instead.
        </Text>
        <Textarea
          label={`Message for ${first} (optional)`}
          placeholder="e.g. A recruiter reached out. Could we debrief after the first round?"
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
        />
        <FormError message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Share with {first}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Shares a role with the viewer's current manager, with an optional message. */
export function ShareRoleModal({ role, managerName, opened, onClose }: ShareRoleModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Share with ${managerName}`}>
      {opened && <ShareForm role={role} managerName={managerName} onDone={onClose} />}
    </Modal>
  );
}

import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { InvitationLinkFieldsFragment } from '../../generated/gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { InvitationLinkPanel } from './InvitationLinkPanel';
import { LevelSelect } from './LevelSelect';
import { ManagerSelect } from './ManagerSelect';
import { useInvitePerson } from './usePeopleMutations';

const FIELDS = ['email', 'name', 'title', 'levelId', 'managerId', 'isAdmin'] as const;
const EMPTY = { email: '', name: '', title: '', levelId: null as string | null, managerId: null as string | null, isAdmin: false };

/** The invite form; once sent, the same modal shows the link to pass on. */
export function InvitePersonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [invite, { loading }] = useInvitePerson();
  const [form, setForm] = useState(EMPTY);
  const [formKey, setFormKey] = useState(0);
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [invitation, setInvitation] = useState<InvitationLinkFieldsFragment | null>(null);

  const reset = () => {
    setForm(EMPTY);
    setFormKey((key) => key + 1);
    setProblem(null);
    setInvitation(null);
  };
  const close = () => {
    onClose();
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await invite({
        variables: { input: { email: form.email.trim(), name: form.name.trim(), title: form.title.trim() || null, levelId: form.levelId, managerId: form.managerId, isAdmin: form.isAdmin } },
      });
      if (data) setInvitation(data.invitePerson);
    } catch (error) {
      setProblem(describeError(error, FIELDS));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={invitation ? 'Invitation link' : 'Invite a person'} size="lg">
      {invitation ? (
        <Stack>
          <InvitationLinkPanel invitation={invitation} />
          <Group justify="flex-end">
            <Button variant="default" onClick={reset}>
              Invite another person
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate key={formKey}>
          <Stack gap="md">
            <FormError message={problem?.message} />
            <TextInput label="Email" type="email" required data-autofocus value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={problem?.fields.email} />
            <TextInput label="Name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={problem?.fields.name} />
            <TextInput label="Title" placeholder="e.g. Senior Software Engineer" value={form.title} onChange={(e) => setForm({ ...form, title: e.currentTarget.value })} error={problem?.fields.title} />
            <LevelSelect value={form.levelId} onChange={(levelId) => setForm({ ...form, levelId })} error={problem?.fields.levelId} />
            <ManagerSelect value={form.managerId} onChange={(managerId) => setForm({ ...form, managerId })} error={problem?.fields.managerId} />
            <Checkbox
              label="Admin"
              description="Admins manage people, the ladder and settings. They never see anyone’s roles or conversations."
              checked={form.isAdmin}
              onChange={(e) => setForm({ ...form, isAdmin: e.currentTarget.checked })}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

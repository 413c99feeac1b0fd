import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { InvitationLinkFieldsFragment, PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { InvitationLinkPanel } from './InvitationLinkPanel';
import { useReissueInvitation } from './usePeopleMutations';

/** Makes a new invitation link for someone who has not joined yet; the older links stop working. */
export function ReissueInvitationModal({ person, onClose }: { person: PersonRowFieldsFragment | null; onClose: () => void }) {
  const [reissue, { loading }] = useReissueInvitation();
  const [invitation, setInvitation] = useState<InvitationLinkFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setInvitation(null);
    setProblem(null);
    onClose();
  };

  const create = async () => {
    if (!person) return;
    setProblem(null);
    try {
      const { data } = await reissue({ variables: { personId: person.id } });
      if (data) setInvitation(data.reissueInvitation);
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <Modal opened={person !== null} onClose={close} title="New invitation link" size="lg">
      <Stack gap="md">
        {invitation ? (
          <InvitationLinkPanel invitation={invitation} />
        ) : (
          <Text size="sm">A new link for {person?.name}. Any link sent to them before stops working.</Text>
        )}
        <FormError message={problem} />
        <Group justify="flex-end">
          {invitation ? (
            <Button onClick={close}>Done</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={() => void create()} loading={loading}>
                Create new link
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

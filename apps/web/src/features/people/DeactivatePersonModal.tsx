import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { useDeactivatePerson } from './usePeopleMutations';

/** Asks before deactivating: the person is signed out everywhere and cannot sign in again. */
export function DeactivatePersonModal({ person, onClose }: { person: PersonRowFieldsFragment | null; onClose: () => void }) {
  const [deactivate, { loading }] = useDeactivatePerson();
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };

  const confirm = async () => {
    if (!person) return;
    setProblem(null);
    try {
      await deactivate({ variables: { id: person.id } });
      notifications.show({ color: 'green', message: `${person.name} is deactivated.` });
      close();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <Modal opened={person !== null} onClose={close} title={person ? `Deactivate ${person.name}?` : 'Deactivate'}>
      <Stack gap="md">
        <Text size="sm">
          {person?.name} will be signed out everywhere and will not be able to sign in again. Unused invitation links stop working. Their history stays in Onward.
        </Text>
        <FormError message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            Deactivate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

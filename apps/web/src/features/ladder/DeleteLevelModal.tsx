import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { LevelFieldsFragment } from '../../generated/gql/graphql';
import { describeError } from '../../shared/errors/describe-error';
import { FormError } from '../../shared/ui/FormError';
import { useDeleteLevel } from './useLevelMutations';

/** Confirms removing a level; the API refuses while anyone holds it, and we say so. */
export function DeleteLevelModal({ level, onClose }: { level: LevelFieldsFragment | null; onClose: () => void }) {
  const [deleteLevel, { loading }] = useDeleteLevel();
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (!level) return;
    try {
      await deleteLevel({ variables: { id: level.id } });
      notifications.show({ color: 'green', message: `Removed ${level.name} from the ladder.` });
      close();
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };
  return (
    <Modal opened={level !== null} onClose={close} title={level ? `Delete ${level.name} (${level.key})?` : 'Delete level'}>
      <Stack gap="md">
        <Text size="sm">Only a level nobody holds can be deleted. Titles that matched its keywords will match other levels instead.</Text>
        <FormError message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            Delete level
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormError } from './FormError';

/**
 * The body of every "delete for good?" dialog: what goes, why it failed if it did, and Cancel
 * (focused first, so Enter never deletes) beside the red button.
 */
export function ConfirmDeletion({ children, problem, loading, onCancel, onConfirm }: { children: ReactNode; problem: string | null; loading: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Stack gap="md">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
      <FormError message={problem} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          Delete for good
        </Button>
      </Group>
    </Stack>
  );
}

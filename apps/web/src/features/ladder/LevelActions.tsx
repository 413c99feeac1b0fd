import { ActionIcon, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { LevelFieldsFragment } from '../../generated/gql/graphql';

export interface LevelActionHandlers {
  onEdit: (level: LevelFieldsFragment) => void;
  onDelete: (level: LevelFieldsFragment) => void;
}

/** Edit and delete buttons, named after the level for screen readers. */
export function LevelActions({ level, onEdit, onDelete }: LevelActionHandlers & { level: LevelFieldsFragment }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${level.name} (${level.key})`} onClick={() => onEdit(level)}>
        <IconPencil size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${level.name} (${level.key})`} onClick={() => onDelete(level)}>
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  );
}

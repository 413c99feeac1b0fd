import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconLink, IconPencil, IconUserOff } from '@tabler/icons-react';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';

export type PersonAction = 'edit' | 'reissue' | 'deactivate';

/** The actions on one person, behind a menu button named after them. */
export function PersonActionsMenu({ person, onAction }: { person: PersonRowFieldsFragment; onAction: (action: PersonAction, person: PersonRowFieldsFragment) => void }) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${person.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', person)} disabled={person.status === 'DEACTIVATED'}>
          Edit
        </Menu.Item>
        {person.status === 'INVITED' && (
          <Menu.Item leftSection={<IconLink size={16} aria-hidden />} onClick={() => onAction('reissue', person)}>
            New invitation link
          </Menu.Item>
        )}
        {person.status !== 'DEACTIVATED' && (
          <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => onAction('deactivate', person)}>
            Deactivate
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

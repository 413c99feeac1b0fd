import { Badge, Group, Stack, Text } from '@mantine/core';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { levelLabel } from '../../shared/format/level-label';
import { PersonActionsMenu, type PersonAction } from './PersonActionsMenu';
import { PersonStatusBadge } from './PersonStatusBadge';

interface PeopleCardListProps {
  people: PersonRowFieldsFragment[];
  onAction: (action: PersonAction, person: PersonRowFieldsFragment) => void;
}

/** The people table as stacked entries, for phones. */
export function PeopleCardList({ people, onAction }: PeopleCardListProps) {
  return (
    <Stack component="ul" aria-label="People" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {people.map((person) => (
        <Group
          component="li"
          key={person.id}
          justify="space-between"
          align="flex-start"
          wrap="nowrap"
          px="md"
          py="sm"
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={600} size="sm">
                {person.name}
              </Text>
              <PersonStatusBadge status={person.status} />
              {person.isAdmin && (
                <Badge size="sm" variant="outline" radius="sm">
                  Admin
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" truncate="end">
              {person.email}
            </Text>
            <Text size="sm">
              {person.title || 'No title'} · {levelLabel(person.level)}
            </Text>
            <Text size="sm" c="dimmed">
              Manager: {person.manager?.name ?? 'none'}
            </Text>
          </Stack>
          <PersonActionsMenu person={person} onAction={onAction} />
        </Group>
      ))}
    </Stack>
  );
}

import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { levelLabel } from '../../shared/format/level-label';
import { PersonActionsMenu, type PersonAction } from './PersonActionsMenu';
import { PersonStatusBadge } from './PersonStatusBadge';

interface PeopleTableProps {
  people: PersonRowFieldsFragment[];
  onAction: (action: PersonAction, person: PersonRowFieldsFragment) => void;
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

/** People as a table (wide screens; phones get PeopleCardList). */
export function PeopleTable({ people, onAction }: PeopleTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" fz="sm" highlightOnHover aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name and email</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Manager</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {person.name}
                    </Text>
                    {person.isAdmin && (
                      <Badge size="xs" variant="outline" radius="sm" style={{ minWidth: 'max-content' }}>
                        Admin
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {person.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{person.title || dash}</Table.Td>
              <Table.Td>{person.level ? levelLabel(person.level) : dash}</Table.Td>
              <Table.Td>{person.manager?.name ?? dash}</Table.Td>
              <Table.Td>
                <PersonStatusBadge status={person.status} />
              </Table.Td>
              <Table.Td ta="right">
                <PersonActionsMenu person={person} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

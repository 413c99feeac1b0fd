import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../../generated/gql';
import type { MyRoleFieldsFragment } from '../../../generated/gql/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { relativeTime } from '../format/relative-time';
import { OutcomeBadge, SharingBadge, StretchBadges } from '../../../shared/ui/RoleBadges';

/** What a row of "My roles" shows of one of the viewer's own roles. */
export const MyRoleFields = graphql(`
  fragment MyRoleFields on InterestingRole {
    id
    title
    company
    location
    remote
    outcome
    stretch
    trackChange
    isShared
    createdAt
    level {
      id
      key
      name
    }
  }
`);

interface MyRolesListProps {
  roles: MyRoleFieldsFragment[];
  narrow: boolean;
}

function RoleName({ role }: { role: MyRoleFieldsFragment }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Anchor component={Link} to={`/roles/${role.id}`} fw={600} size="sm">
        {role.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        {[role.company ?? 'Company not given', role.location, role.remote && !/remote/i.test(role.location ?? '') ? 'Remote' : null].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

function Added({ at }: { at: string }) {
  return (
    <Text size="xs" c="dimmed" component="time" dateTime={at} title={formatDateTime(at)}>
      Added {relativeTime(at)}
    </Text>
  );
}

/** The signed-in person's roles: a table on wide screens, stacked entries on phones. */
export function MyRolesList({ roles, narrow }: MyRolesListProps) {
  if (narrow) {
    return (
      <Stack component="ul" aria-label="My roles" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {roles.map((role) => (
          <Stack component="li" key={role.id} gap={6} px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <RoleName role={role} />
            <Group gap={6} wrap="wrap">
              <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
              <SharingBadge shared={role.isShared} />
              <OutcomeBadge outcome={role.outcome} />
            </Group>
            <Added at={role.createdAt} />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" fz="sm" highlightOnHover aria-label="My roles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Role</Table.Th>
            <Table.Th>Stretch</Table.Th>
            <Table.Th>Sharing</Table.Th>
            <Table.Th>Where you stand</Table.Th>
            <Table.Th>Added</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.map((role) => (
            <Table.Tr key={role.id}>
              <Table.Td>
                <RoleName role={role} />
              </Table.Td>
              <Table.Td>
                <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
                {role.level && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {role.level.name} ({role.level.key})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SharingBadge shared={role.isShared} />
              </Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={role.outcome} />
              </Table.Td>
              <Table.Td>
                <Added at={role.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../generated/gql';
import type { PersonSummaryFieldsFragment } from '../../generated/gql/graphql';

export const PersonSummaryFieldsFragmentDoc = graphql(`
  fragment PersonSummaryFields on Person {
    id
    name
    email
    title
    level {
      id
      key
      name
    }
  }
`);

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0][0], parts[parts.length - 1][0]] : [parts[0]?.[0] ?? '?'];
  return letters.join('').toUpperCase();
}

/** A person at a glance: initials, name, title and level; the name links to `to` when given (a report's page). */
export function PersonSummary({ person, to }: { person: PersonSummaryFieldsFragment; to?: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Avatar color="blue" radius="xl" aria-hidden>
        {initials(person.name)}
      </Avatar>
      <Stack gap={2} style={{ minWidth: 0 }}>
        {to ? (
          <Anchor component={Link} to={to} fw={600} truncate="end">
            {person.name}
          </Anchor>
        ) : (
          <Text fw={600} truncate="end">
            {person.name}
          </Text>
        )}
        <Text size="sm" c="dimmed" truncate="end">
          {person.title || 'No title yet'}
        </Text>
        {person.level && (
          <Group gap={6}>
            <Badge variant="light" color="gray" size="sm" radius="sm">
              {person.level.key}
            </Badge>
            <Text size="xs" c="dimmed">
              {person.level.name}
            </Text>
          </Group>
        )}
      </Stack>
    </Group>
  );
}

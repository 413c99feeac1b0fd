import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { NavSectionState } from '../../../app/nav-item';
import { graphql } from '../../../generated/gql';
import type { SharedRoleSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { relativeTime } from '../format/relative-time';
import { StretchBadges } from '../../../shared/ui/RoleBadges';

/**
 * What an entry of the inbox shows: a summary only. The checklist, message, interviews and thread
 * come from opening the role, which the report sees in their access log.
 */
export const SharedRoleSummaryFields = graphql(`
  fragment SharedRoleSummaryFields on RoleSummary {
    id
    title
    company
    isShared
    sharedAt
    unread
    stretch
    trackChange
    satisfactionConversationSuggested
    level {
      id
      key
      name
    }
    owner {
      id
      name
    }
  }
`);

/** Shared (again) since the manager last opened it. The word carries the meaning, not the colour. */
function NewBadge() {
  return (
    <Tooltip label="Shared since you last opened it" withArrow openDelay={300}>
      <Badge color="blue.8" variant="filled" size="sm" radius="sm" tt="none" style={{ flexShrink: 0 }}>
        New
      </Badge>
    </Tooltip>
  );
}

function SharedRoleItem({ role }: { role: SharedRoleSummaryFieldsFragment }) {
  const owner = role.owner?.name ?? 'Someone';
  return (
    <Stack
      component="li"
      gap={6}
      px={{ base: 'md', sm: 'lg' }}
      py="md"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      aria-label={`${role.title}, shared by ${owner}${role.unread ? ', new' : ''}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text size="sm" c="dimmed">
            <b style={{ color: 'var(--mantine-color-text)' }}>{owner}</b> shared
          </Text>
          <Group gap={8} wrap="wrap" align="center">
            <Anchor
              component={Link}
              to={`/roles/${role.id}`}
              state={{ navSection: '/shared' } satisfies NavSectionState}
              fw={650}
              size="md"
              style={{ overflowWrap: 'anywhere' }}
            >
              {role.title}
            </Anchor>
            {role.unread && <NewBadge />}
          </Group>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {role.company ?? 'Company not given'}
          </Text>
        </Stack>
        {role.sharedAt && (
          <Text size="xs" c="dimmed" component="time" dateTime={role.sharedAt} title={formatDateTime(role.sharedAt)}>
            Shared {relativeTime(role.sharedAt)}
          </Text>
        )}
      </Group>
      <Group gap={6} wrap="wrap">
        <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
        {role.level && (
          <Text size="xs" c="dimmed">
            {role.level.name} ({role.level.key})
          </Text>
        )}
      </Group>
      {role.satisfactionConversationSuggested && (
        <Badge color="yellow" variant="outline" c="#6b4a00" radius="sm" tt="none" leftSection={<IconMoodSmile size={12} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          Consider a satisfaction conversation
        </Badge>
      )}
    </Stack>
  );
}

/** The manager's inbox, newest share first; each entry opens the role. */
export function SharedRolesList({ roles }: { roles: SharedRoleSummaryFieldsFragment[] }) {
  return (
    <Stack component="ul" aria-label="Roles shared with me" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {roles.map((role) => (
        <SharedRoleItem key={role.id} role={role} />
      ))}
    </Stack>
  );
}

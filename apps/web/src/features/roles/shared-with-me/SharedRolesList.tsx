import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import type { NavSectionState } from '../../../app/nav-item';
import { Link } from 'react-router';
import type { RoleSummaryFieldsFragment } from '../../../generated/gql/graphql';
import { formatDateTime } from '../../../shared/format/format-date';
import { relativeTime } from '../format/relative-time';
import { StretchBadges } from '../ui/RoleBadges';

function SharedRoleItem({ role }: { role: RoleSummaryFieldsFragment }) {
  const owner = role.owner?.name ?? 'Someone';
  return (
    <Stack
      component="li"
      gap={6}
      px={{ base: 'md', sm: 'lg' }}
      py="md"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      aria-label={`${role.title}, shared by ${owner}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text size="sm" c="dimmed">
            <b style={{ color: 'var(--mantine-color-text)' }}>{owner}</b> shared
          </Text>
          <Anchor component={Link} to={`/roles/${role.id}`} state={{ navSection: '/shared' } satisfies NavSectionState} fw={650} size="md">
            {role.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[role.company ?? 'Company not given', role.location].filter(Boolean).join(' · ')}
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
      {role.shareMessage && (
        <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
          “{role.shareMessage}”
        </Text>
      )}
      {role.satisfactionConversationSuggested && (
        <Badge color="yellow" variant="outline" c="#6b4a00" radius="sm" tt="none" leftSection={<IconMoodSmile size={12} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          Consider a satisfaction conversation
        </Badge>
      )}
    </Stack>
  );
}

/** The manager's inbox, newest share first; each entry opens the role. */
export function SharedRolesList({ roles }: { roles: RoleSummaryFieldsFragment[] }) {
  return (
    <Stack component="ul" aria-label="Roles shared with me" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {roles.map((role) => (
        <SharedRoleItem key={role.id} role={role} />
      ))}
    </Stack>
  );
}

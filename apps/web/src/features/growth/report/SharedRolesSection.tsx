import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { NavSectionState } from '../../../app/nav-item';
import { describeError } from '../../../shared/errors/describe-error';
import { formatDate, formatDateTime } from '../../../shared/format/format-date';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { OutcomeBadge, StretchBadges } from '../../../shared/ui/RoleBadges';
import { ReportSharedRolesQuery } from './shared-roles-operations';

const SHOWN = 20;

type SharedRole = NonNullable<ReturnType<typeof useReportSharedRoles>['data']>['sharedWithMe']['edges'][number]['node'];

function useReportSharedRoles(reportId: string) {
  return useQuery(ReportSharedRolesQuery, { variables: { reportId, first: SHOWN }, fetchPolicy: 'cache-and-network' });
}

function SharedRoleRow({ role }: { role: SharedRole }) {
  return (
    <Stack component="li" gap={4} py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap={8} wrap="wrap" align="center">
        <Anchor component={Link} to={`/roles/${role.id}`} state={{ navSection: '/team' } satisfies NavSectionState} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {role.title}
        </Anchor>
        {role.unread && (
          <Badge color="blue.8" variant="filled" size="sm" radius="sm" tt="none">
            New
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {role.company ?? 'Company not given'}
        {role.sharedAt && (
          <>
            {' · Shared '}
            <time dateTime={role.sharedAt} title={formatDateTime(role.sharedAt)}>
              {formatDate(role.sharedAt)}
            </time>
          </>
        )}
      </Text>
      <Group gap={6} wrap="wrap">
        <StretchBadges stretch={role.stretch} trackChange={role.trackChange} />
        <OutcomeBadge outcome={role.outcome} />
      </Group>
    </Stack>
  );
}

/** On a report's page, for their current manager: the roles the report chose to share with them. */
export function SharedRolesSection({ reportId, name }: { reportId: string; name: string }) {
  const titleId = useId();
  const { data, loading, error, refetch } = useReportSharedRoles(reportId);
  const shared = data?.sharedWithMe;
  const roles = shared?.edges.map((edge) => edge.node) ?? [];
  const body = (() => {
    if (loading && !data) {
      return (
        <Text size="sm" c="dimmed">
          Loading the roles {name} shares with you…
        </Text>
      );
    }
    if (!shared) return <ErrorNotice title="The shared roles could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;
    if (roles.length === 0) {
      return (
        <Text size="sm" c="dimmed">
          {name} shares no role with you right now. Roles they keep stay private until they choose to share one.
        </Text>
      );
    }
    return (
      <Stack component="ul" gap={0} aria-label={`Roles ${name} shares with you`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {roles.map((role) => (
          <SharedRoleRow key={role.id} role={role} />
        ))}
      </Stack>
    );
  })();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="baseline" mb="xs" wrap="wrap">
        <Title order={2} fz="lg" id={titleId}>
          Roles {name} shares with you
        </Title>
        {shared && shared.newCount > 0 && (
          <Text size="sm" c="dimmed">
            {shared.newCount} new since you last opened them
          </Text>
        )}
      </Group>
      {body}
      {shared && shared.totalCount > roles.length && (
        <Button component={Link} to={`/shared?person=${encodeURIComponent(reportId)}`} variant="default" size="xs" mt="sm">
          See all {shared.totalCount} in Shared with me
        </Button>
      )}
      {roles.length > 0 && (
        <Text size="xs" c="dimmed" mt="sm">
          {name} sees in their access log each time you open one.
        </Text>
      )}
    </Card>
  );
}

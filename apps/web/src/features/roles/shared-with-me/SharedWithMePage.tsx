import { Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFilterOff, IconInbox } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useSharedWithMe, type SharedFilter } from '../api/useRoleLists';
import { isFiltered, NO_FILTER, sharedFilterFrom, sharedFilterParams } from './shared-filters';
import { SharedFilters } from './SharedFilters';
import { SharedRolesList } from './SharedRolesList';

function EmptyInbox() {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconInbox size={26} />
      </ThemeIcon>
      <Title order={2} fz="lg">
        Nothing shared with you yet
      </Title>
      <Text c="dimmed" size="sm" maw={520}>
        When one of your direct reports shares a role that interests them, it shows here with how big a step it would be. Encourage them: interviewing once a
        year keeps the skill alive, and a debrief afterwards tells you both a lot.
      </Text>
    </Stack>
  );
}

function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <Stack align="center" gap="sm" py={40} px="md" ta="center">
      <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
        <IconFilterOff size={24} />
      </ThemeIcon>
      <Title order={2} fz="lg">
        No shared role matches these filters
      </Title>
      <Button variant="default" onClick={onClear}>
        Clear filters
      </Button>
    </Stack>
  );
}

/** How many of the matching roles (all pages) were shared since the manager last opened them. */
function NewCount({ count }: { count: number }) {
  if (count === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing new since you last looked.
      </Text>
    );
  }
  return (
    <Group gap={6}>
      <Badge color="blue.8" variant="filled" size="sm" radius="sm" tt="none">
        {count} new
      </Badge>
      <Text size="sm" c="dimmed">
        shared since you last opened {count === 1 ? 'it' : 'them'}
      </Text>
    </Group>
  );
}

/** Managers: the roles their direct reports share with them, most recently shared first, by person and stretch. */
export function SharedWithMePage() {
  const [params, setParams] = useSearchParams();
  const filter = sharedFilterFrom(params);
  const setFilter = (next: SharedFilter) => setParams(sharedFilterParams(next), { replace: true });
  const list = useSharedWithMe(filter);
  const filtered = isFiltered(filter);
  const body = (() => {
    if (list.loading) return <PageLoader label="Loading the roles shared with you" />;
    if (list.error && list.roles.length === 0) {
      return <ErrorNotice title="The shared roles could not be loaded" message={describeError(list.error).message} onRetry={() => void list.refetch()} />;
    }
    if (list.roles.length === 0) return filtered ? <NoMatch onClear={() => setFilter(NO_FILTER)} /> : <EmptyInbox />;
    return <SharedRolesList roles={list.roles} />;
  })();

  return (
    <>
      <PageHeader
        title="Shared with me"
        description="Roles your direct reports chose to share, tagged by how they compare with each person’s current level. Open one for its detail: they see in their access log that you did."
      />
      <Card withBorder radius="md" padding={0}>
        {(filtered || list.totalCount > 0) && <SharedFilters filter={filter} onChange={setFilter} />}
        {!list.loading && list.totalCount > 0 && (
          <Group px="md" pb="sm" aria-live="polite">
            <NewCount count={list.newCount} />
          </Group>
        )}
        {body}
        {list.roles.length > 0 && (
          <Group justify="space-between" p="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="sm" c="dimmed">
              {list.roles.length} of {list.totalCount} shared {list.totalCount === 1 ? 'role' : 'roles'}
            </Text>
            {list.hasMore && (
              <Button variant="default" size="xs" onClick={() => void list.loadMore()} loading={list.loadingMore}>
                Show more
              </Button>
            )}
          </Group>
        )}
      </Card>
    </>
  );
}

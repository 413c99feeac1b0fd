import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useSharedWithMe } from '../api/useRoleLists';
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

/** Managers: the roles their direct reports share with them, most recently shared first. */
export function SharedWithMePage() {
  const list = useSharedWithMe();
  const body = (() => {
    if (list.loading) return <PageLoader label="Loading the roles shared with you" />;
    if (list.error && list.roles.length === 0) {
      return <ErrorNotice title="The shared roles could not be loaded" message={describeError(list.error).message} onRetry={() => void list.refetch()} />;
    }
    if (list.roles.length === 0) return <EmptyInbox />;
    return <SharedRolesList roles={list.roles} />;
  })();

  return (
    <>
      <PageHeader
        title="Shared with me"
        description="Roles your direct reports chose to share, tagged by how they compare with each person’s current level. Open one for its detail: they see in their access log that you did."
      />
      <Card withBorder radius="md" padding={0}>
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

import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload, IconLock, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { useMyRoles } from '../api/useRoleLists';
import { MyRolesList } from './MyRolesList';
import { useExportMyData } from './useExportMyData';

function EmptyRoles() {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconLock size={26} />
      </ThemeIcon>
      <Title order={2} fz="lg">
        No roles yet
      </Title>
      <Text c="dimmed" size="sm" maw={520}>
        Keep roles that interest you; they stay private until you share them. Interviewing now and then keeps the skill sharp, and a role a step up tells you and
        your manager where you could grow.
      </Text>
      <Button component={Link} to="/roles/new" leftSection={<IconPlus size={16} aria-hidden />} mt="xs">
        Add your first role
      </Button>
    </Stack>
  );
}

/** The signed-in person's interesting roles, newest first, with adding and exporting. */
export function MyRolesPage() {
  const list = useMyRoles();
  const narrow = useIsNarrow();
  const { exportMyData, exporting } = useExportMyData();

  const body = (() => {
    if (list.loading) return <PageLoader label="Loading your roles" />;
    if (list.error && list.roles.length === 0) {
      return <ErrorNotice title="Your roles could not be loaded" message={describeError(list.error).message} onRetry={() => void list.refetch()} />;
    }
    if (list.roles.length === 0) return <EmptyRoles />;
    return <MyRolesList roles={list.roles} narrow={narrow} />;
  })();

  return (
    <>
      <PageHeader
        title="My roles"
        description="Outside roles that interest you. Only you can see them until you share one with your manager."
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportMyData()} loading={exporting}>
              Export my data
            </Button>
            <Button component={Link} to="/roles/new" leftSection={<IconPlus size={16} aria-hidden />}>
              Add a role
            </Button>
          </>
        }
      />
      <Card withBorder radius="md" padding={0}>
        {body}
        {list.roles.length > 0 && (
          <Group justify="space-between" p="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="sm" c="dimmed">
              {list.roles.length} of {list.totalCount} {list.totalCount === 1 ? 'role' : 'roles'}
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

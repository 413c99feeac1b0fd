import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload, IconFilterOff, IconLock, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { useIsNarrow } from '../../../shared/ui/useIsNarrow';
import { useMyRoles } from '../api/useRoleLists';
import { applyRolesFilter, companiesOf, narrowsRoles, NO_ROLES_FILTER, rolesFilterFrom, rolesFilterParams, type MyRolesFilter } from './my-roles-filter';
import { MyRolesFilters } from './MyRolesFilters';
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

function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <Stack align="center" gap="sm" py={40} px="md" ta="center">
      <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
        <IconFilterOff size={24} />
      </ThemeIcon>
      <Title order={2} fz="lg">
        None of your roles matches
      </Title>
      <Text c="dimmed" size="sm" maw={420}>
        Try other words, or clear the filters to see every role you keep.
      </Text>
      <Button variant="default" onClick={onClear}>
        Clear filters
      </Button>
    </Stack>
  );
}

/** The signed-in person's interesting roles, with search, filters and sort kept in the address. */
export function MyRolesPage() {
  const list = useMyRoles();
  const narrow = useIsNarrow();
  const { exportMyData, exporting } = useExportMyData();
  const [params, setParams] = useSearchParams();
  const filter = rolesFilterFrom(params);
  const setFilter = (next: MyRolesFilter) => setParams(rolesFilterParams(next), { replace: true });
  // Filters and sorting work on every role a person keeps (a few dozen at most), so with either
  // set the remaining pages are fetched first; the plain list still pages on demand.
  const wantsAll = narrowsRoles(filter) || filter.sort !== 'NEWEST';
  const { hasMore, loadingMore, loadMore } = list;
  const loaded = list.roles.length;
  // One request per page: a render between the request and its loading state must not ask again.
  const askedAt = useRef(-1);
  useEffect(() => {
    if (!wantsAll || !hasMore || loadingMore || askedAt.current === loaded) return;
    askedAt.current = loaded;
    void loadMore();
  }, [wantsAll, hasMore, loadingMore, loadMore, loaded]);
  const shown = applyRolesFilter(list.roles, filter);
  const narrowed = narrowsRoles(filter);

  const body = (() => {
    if (list.loading) return <PageLoader label="Loading your roles" />;
    if (list.error && list.roles.length === 0) {
      return <ErrorNotice title="Your roles could not be loaded" message={describeError(list.error).message} onRetry={() => void list.refetch()} />;
    }
    if (list.roles.length === 0) return <EmptyRoles />;
    if (shown.length === 0 && !(wantsAll && hasMore)) return <NoMatch onClear={() => setFilter({ ...NO_ROLES_FILTER, sort: filter.sort })} />;
    return <MyRolesList roles={shown} narrow={narrow} />;
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
        {list.roles.length > 0 && <MyRolesFilters filter={filter} companies={companiesOf(list.roles)} onChange={setFilter} />}
        {body}
        {list.roles.length > 0 && (
          <Group justify="space-between" p="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Text size="sm" c="dimmed" aria-live="polite">
              {narrowed
                ? `${shown.length} of ${list.totalCount} ${list.totalCount === 1 ? 'role matches' : 'roles match'}`
                : `${list.roles.length} of ${list.totalCount} ${list.totalCount === 1 ? 'role' : 'roles'}`}
              {wantsAll && hasMore && ' (loading the rest…)'}
            </Text>
            {list.hasMore && !wantsAll && (
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

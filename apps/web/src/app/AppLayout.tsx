import { AppShell, Burger, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { MAIN_CONTENT_ID } from '../shared/a11y/focus';
import { SkipLink } from '../shared/a11y/SkipLink';
import { usePageFocus } from '../shared/a11y/usePageFocus';
import { PageLoader } from '../shared/ui/PageLoader';
import { useCanSeeOrgDashboard } from '../features/dashboards/useCanSeeOrgDashboard';
import { NudgeBell } from '../features/nudges/bell/NudgeBell';
import { useLogOut } from '../features/session/useLogOut';
import { useViewer } from '../features/session/useViewer';
import { useIsNarrow } from '../shared/ui/useIsNarrow';
import { AppNavigation } from './AppNavigation';

/** The signed-in frame: header with the person and "Log out", navigation beside (or behind a burger). */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { viewer } = useViewer();
  const { logOut, loading: loggingOut } = useLogOut();
  const narrow = useIsNarrow();
  // Nudges are about direct reports: only managers get the bell (and the live connection it holds).
  const isManager = (viewer?.directReports.length ?? 0) > 0;
  const isLeader = useCanSeeOrgDashboard().allowed;
  usePageFocus();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding={{ base: 'md', sm: 'xl' }}>
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={navOpened ? 'Close navigation' : 'Open navigation'} aria-expanded={navOpened} />
            <UnstyledButton component={Link} to="/" aria-label="Onward home">
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={700} size="lg">
                  Onward
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {isManager && <NudgeBell />}
            {viewer && (
              <Text size="sm" fw={500} visibleFrom="xs" truncate="end" maw={220}>
                {viewer.name}
              </Text>
            )}
            <Button variant="default" size="xs" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void logOut()} loading={loggingOut}>
              Log out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        // Slid away on phones, the navigation must also leave the tab order and the accessibility
        // tree; visibility switches after the slide so the closing animation still shows.
        style={{ visibility: narrow && !navOpened ? 'hidden' : 'visible', transitionProperty: 'transform, top, height, visibility' }}
      >
        {viewer && (
          <Text size="sm" c="dimmed" hiddenFrom="xs" px="sm" pb="sm">
            Signed in as <b>{viewer.name}</b>
          </Text>
        )}
        <AppNavigation isAdmin={viewer?.isAdmin ?? false} isManager={isManager} isLeader={isLeader} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <div style={{ maxWidth: 1120, margin: '0 auto' }}>{children ?? (
            <Suspense fallback={<PageLoader label="Loading the page" />}>
              <Outlet />
            </Suspense>
          )}</div>
      </AppShell.Main>
    </AppShell>
  );
}

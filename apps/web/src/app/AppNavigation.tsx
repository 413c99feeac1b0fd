import { NavLink, Stack, Text } from '@mantine/core';
import { IconAdjustments, IconHome, IconStairsUp, IconUsers } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { ACCOUNT_NAV_ITEMS } from '../features/account/account-nav';
import { DASHBOARD_NAV_ITEMS } from '../features/dashboards/dashboards-nav';
import { GROWTH_NAV_ITEMS } from '../features/growth/growth-nav';
import { NUDGE_NAV_ITEMS } from '../features/nudges/nudge-nav';
import { ROLE_NAV_ITEMS } from '../features/roles/role-nav';
import type { NavItem, NavSectionState } from './nav-item';

const EVERYONE: NavItem[] = [{ to: '/', label: 'Home', icon: IconHome }];
const ADMINS: NavItem[] = [
  { to: '/admin/people', label: 'People', icon: IconUsers, alsoActiveOn: ['/admin/import'] },
  { to: '/admin/ladder', label: 'Ladder', icon: IconStairsUp },
  { to: '/admin/settings', label: 'Settings', icon: IconAdjustments },
];

function isActive(item: NavItem, pathname: string, navSection: string | undefined): boolean {
  if (navSection) return item.to === navSection;
  if (item.to === '/') return pathname === '/';
  return [item.to, ...(item.alsoActiveOn ?? [])].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** The main navigation: Home and the feature pages, manager pages for managers, the org dashboard for leaders and admins, admin pages for admins. */
export function AppNavigation({ isAdmin, isManager, isLeader, onNavigate }: { isAdmin: boolean; isManager: boolean; isLeader: boolean; onNavigate: () => void }) {
  const { pathname, state } = useLocation();
  const navSection = (state as NavSectionState | null)?.navSection;
  const renderItem = (item: NavItem) => {
    const active = isActive(item, pathname, navSection);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        variant="light"
      />
    );
  };
  return (
    <Stack component="nav" aria-label="Main" gap={2}>
      {[...EVERYONE, ...NUDGE_NAV_ITEMS, ...ROLE_NAV_ITEMS, ...GROWTH_NAV_ITEMS, ...DASHBOARD_NAV_ITEMS, ...ACCOUNT_NAV_ITEMS]
        .filter((item) => (isManager || !item.managersOnly || (isAdmin && item.adminsToo)) && (isLeader || !item.leadersOnly))
        .map(renderItem)}
      {isAdmin && (
        <>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
            Administration
          </Text>
          {ADMINS.map(renderItem)}
        </>
      )}
    </Stack>
  );
}

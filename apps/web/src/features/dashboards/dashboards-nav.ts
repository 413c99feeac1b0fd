import { IconChartBar, IconWorldSearch } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the dashboards: both are about one's direct reports, so managers only. */
export const DASHBOARD_NAV_ITEMS: NavItem[] = [
  { to: '/dashboards/team', label: 'Team dashboard', icon: IconChartBar, managersOnly: true },
  { to: '/dashboards/outside', label: 'Outside perspective', icon: IconWorldSearch, managersOnly: true },
];

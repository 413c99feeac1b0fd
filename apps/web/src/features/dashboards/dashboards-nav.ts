import { IconChartBar, IconWorldSearch } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the dashboards: about one's direct reports, so managers; the outside perspective also over an admin's organization. */
export const DASHBOARD_NAV_ITEMS: NavItem[] = [
  { to: '/dashboards/team', label: 'Team dashboard', icon: IconChartBar, managersOnly: true },
  { to: '/dashboards/outside', label: 'Outside perspective', icon: IconWorldSearch, managersOnly: true, adminsToo: true },
];

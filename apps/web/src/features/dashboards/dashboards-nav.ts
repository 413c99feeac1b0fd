import { IconChartBar, IconHierarchy2, IconWorldSearch } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/**
 * Navigation entries of the dashboards: the team ones are about one's direct reports; the org one
 * about the teams under a leader; the outside perspective also over an admin's organization.
 */
export const DASHBOARD_NAV_ITEMS: NavItem[] = [
  { to: '/dashboards/team', label: 'Team dashboard', icon: IconChartBar, managersOnly: true },
  { to: '/dashboards/org', label: 'Org dashboard', icon: IconHierarchy2, leadersOnly: true },
  { to: '/dashboards/outside', label: 'Outside perspective', icon: IconWorldSearch, managersOnly: true, adminsToo: true },
];

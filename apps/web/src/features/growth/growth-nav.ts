import { IconPlant2, IconUsersGroup } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the debriefs, conversations and action items feature. */
export const GROWTH_NAV_ITEMS: NavItem[] = [
  { to: '/team', label: 'My team', icon: IconUsersGroup, managersOnly: true },
  { to: '/growth', label: 'My growth', icon: IconPlant2 },
];

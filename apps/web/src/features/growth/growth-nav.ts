import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the debriefs, conversations and action items feature. */
export const GROWTH_NAV_ITEMS: NavItem[] = [];

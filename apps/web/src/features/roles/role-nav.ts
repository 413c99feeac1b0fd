import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the interesting-roles feature. */
export const ROLE_NAV_ITEMS: NavItem[] = [];

import { IconUserCircle } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the account feature: everyone has one. */
export const ACCOUNT_NAV_ITEMS: NavItem[] = [{ to: '/account', label: 'Account', icon: IconUserCircle }];

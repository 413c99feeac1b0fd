import { IconBriefcase, IconInbox } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the interesting-roles feature. */
export const ROLE_NAV_ITEMS: NavItem[] = [
  { to: '/roles', label: 'My roles', icon: IconBriefcase },
  { to: '/shared', label: 'Shared with me', icon: IconInbox, managersOnly: true },
];

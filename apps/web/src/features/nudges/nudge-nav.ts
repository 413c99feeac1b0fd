import { IconInbox } from '@tabler/icons-react';
import type { NavItem } from '../../app/nav-item';

/** Navigation entries of the nudges feature: the inbox, for managers. */
export const NUDGE_NAV_ITEMS: NavItem[] = [{ to: '/inbox', label: 'Inbox', icon: IconInbox, managersOnly: true }];

import type { Icon } from '@tabler/icons-react';

/** An entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
  /** Also active on these address prefixes (e.g. the import page belongs to People). */
  alsoActiveOn?: string[];
  /** Shown only to people with direct reports. */
  managersOnly?: boolean;
  /** Shown only to leaders (people with a manager among their direct reports) and admins. */
  leadersOnly?: boolean;
  /** With `managersOnly`: shown to admins as well, who see it over the whole organization. */
  adminsToo?: boolean;
}

/**
 * A page reached from another section (a report's role opened from "Shared with me") names that
 * section in the history state, so the navigation keeps showing where the person came from.
 */
export interface NavSectionState {
  navSection?: string;
}

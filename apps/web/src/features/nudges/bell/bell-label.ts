/** The bell's accessible name: where it leads and how many nudges wait there. */
export function bellLabel(count: number | undefined, failed: boolean): string {
  if (count === undefined) return failed ? 'Inbox (the number of open nudges could not be loaded)' : 'Inbox';
  if (count === 0) return 'Inbox: no open nudges';
  return `Inbox: ${count} open ${count === 1 ? 'nudge' : 'nudges'}`;
}

/** What the badge shows: nothing at zero, and at most "99+". */
export function bellBadge(count: number | undefined): string | null {
  if (!count) return null;
  return count > 99 ? '99+' : String(count);
}

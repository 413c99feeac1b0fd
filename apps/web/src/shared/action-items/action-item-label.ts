import type { ActionItemFieldsFragment } from '../../generated/gql/graphql';
import { formatDay } from '../format/format-day';

type Item = Pick<ActionItemFieldsFragment, 'owner' | 'dueOn' | 'done' | 'debriefId' | 'conversationId'> & { report?: { id: string; name: string } | null };

/** Who is to do it, as the viewer would say it: "For you", "For Priya Raman", "For your manager". */
export function forWhom(item: Item, viewerId: string | null | undefined): string {
  const viewerIsReport = !!viewerId && item.report?.id === viewerId;
  if (item.owner === 'REPORT') return viewerIsReport ? 'For you' : `For ${item.report?.name ?? 'the report'}`;
  return viewerIsReport ? 'For your manager' : 'For you';
}

/** On a list spanning several reports: the report whose record an item of the viewer's own is on. */
export function recordOf(item: Item, viewerId: string | null | undefined): string | null {
  if (item.owner === 'REPORT' || !item.report || item.report.id === viewerId) return null;
  return item.report.name;
}

/** "Due 3 Dec 2026", flagged overdue once the day has passed and it is still open. */
export function dueLabel(item: Item, today: string, locale?: string): { text: string; overdue: boolean } | null {
  if (!item.dueOn) return null;
  const overdue = !item.done && item.dueOn < today;
  return { text: `${overdue ? 'Overdue since' : 'Due'} ${formatDay(item.dueOn, locale)}`, overdue };
}

/** Where it was agreed: the page of its debrief or conversation. */
export function sourceOf(item: Item): { to: string; label: string } | null {
  if (item.debriefId) return { to: `/debriefs/${item.debriefId}`, label: 'From a debrief' };
  if (item.conversationId) return { to: `/conversations/${item.conversationId}`, label: 'From a conversation' };
  return null;
}

/** Open ones first by due day (undated last), then done ones, most recently done first. */
export function splitByDone<T extends Pick<ActionItemFieldsFragment, 'done' | 'dueOn' | 'doneAt' | 'createdAt'>>(items: readonly T[]): { open: T[]; done: T[] } {
  const open = items
    .filter((item) => !item.done)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.createdAt.localeCompare(b.createdAt));
  const done = items.filter((item) => item.done).sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
  return { open, done };
}

import { graphql } from '../../generated/gql';
import type { PracticeState, PracticeStatusFieldsFragment } from '../../generated/gql/graphql';
import { formatDay } from '../format/format-day';

export const PracticeStatusFields = graphql(`
  fragment PracticeStatusFields on PracticeStatus {
    state
    covered
    dueOn
    lastPracticeOn
  }
`);

/** The badge for each practice state: words first, colour only as a second cue. */
export const PRACTICE_BADGES: Record<PracticeState, { label: string; color: string }> = {
  COVERED: { label: 'Covered', color: 'green' },
  DUE_SOON: { label: 'Due soon', color: 'yellow' },
  OVERDUE: { label: 'Overdue', color: 'red' },
};

/** The badge for a status; an unknown state (a newer API) reads as "Unknown" rather than breaking. */
export function practiceBadge(state: PracticeState | null | undefined): { label: string; color: string } {
  return (state && PRACTICE_BADGES[state]) || { label: 'Unknown', color: 'gray' };
}

/** "Last practice 3 Mar 2026 · covered until 3 Mar 2027", or how it stands when never practised. */
export function practiceLine(status: PracticeStatusFieldsFragment, locale?: string): string {
  const last = status.lastPracticeOn ? `Last practice ${formatDay(status.lastPracticeOn, locale)}` : 'No practice yet';
  const due = formatDay(status.dueOn, locale);
  if (status.state === 'OVERDUE') return `${last} · was due ${due}`;
  if (status.state === 'DUE_SOON') return `${last} · due ${due}`;
  return `${last} · covered until ${due}`;
}

/** "4 of 5 covered" for a team; "" when there is nobody to count. */
export function coverageSummary(statuses: Array<PracticeStatusFieldsFragment | null | undefined>): string {
  if (statuses.length === 0) return '';
  const covered = statuses.filter((s) => s?.state === 'COVERED').length;
  const overdue = statuses.filter((s) => s?.state === 'OVERDUE').length;
  const dueSoon = statuses.filter((s) => s?.state === 'DUE_SOON').length;
  const rest = [overdue > 0 && `${overdue} overdue`, dueSoon > 0 && `${dueSoon} due soon`].filter(Boolean).join(', ');
  return `${covered} of ${statuses.length} covered${rest ? ` · ${rest}` : ''}`;
}

/**
 * The badge a report sees about their own practice: "Overdue" in red reads as blame, when it is
 * their manager's to arrange, so an overdue practice is simply "Due" here.
 */
export const OWN_PRACTICE_BADGES: Record<PracticeState, { label: string; color: string }> = {
  COVERED: { label: 'Covered', color: 'green' },
  DUE_SOON: { label: 'Coming up', color: 'blue' },
  OVERDUE: { label: 'Due', color: 'blue' },
};

/** What a report reads about their own practice, pointing at the manager who holds it. */
export function ownPracticeLine(status: PracticeStatusFieldsFragment, managerName: string | null, locale?: string): string {
  const talkTo = managerName ? ` — talk to ${managerName.split(' ')[0]}` : '';
  const due = formatDay(status.dueOn, locale);
  if (status.state === 'OVERDUE') return `Your interview practice is due${talkTo}.`;
  if (status.state === 'DUE_SOON') return `Your interview practice is due on ${due}${talkTo}.`;
  const last = status.lastPracticeOn ? `last practice ${formatDay(status.lastPracticeOn, locale)}, ` : '';
  return `You are covered: ${last}next one by ${due}.`;
}

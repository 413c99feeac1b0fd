import { debriefPendingSince, isSatisfactionTalkSuggested, practiceStatus, stretchTag } from '@onward/domain';
import { STRETCH_ORDER } from '../figures/breakdowns';
import type { MemberActivityRow } from './org-dashboard.queries';

/** Figures of a group now: each a count of distinct people. */
export const NOW = ['people', 'peopleCovered', 'peopleWithDebriefsPending', 'peopleWithSatisfactionTalksSuggested', 'peopleWithOpenActionItems', 'peopleWithOverdueActionItems'] as const;

/** Figures of a group per quarter: each a count of distinct people. */
export const PER_QUARTER = ['peopleCovered', 'peopleSharingRoles', ...STRETCH_ORDER.map((tag) => `peopleSharing${tag}`), 'peopleInterviewed', 'peopleDebriefed', 'peopleInSatisfactionTalks'];

/**
 * The complement of coverage, never shown: `people = peopleCovered + peopleNotCovered` holds for any
 * data, so "9 of 10 covered" says one person is not. Declared as a hidden term of that sum so the
 * rule protects it like any figure under k.
 */
export const NOT_COVERED = 'peopleNotCovered';

export interface QuarterSpan {
  key: string;
  startsOn: string;
  /** The last day counted: the quarter's last, or today for the current one. */
  endsOn: string;
}

const utcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Whether practice days (ascending) cover someone on `day`, by the cadence rule of libs/domain:
 * the latest practice on or before it, within the cadence. Joining only sets the first due day of
 * someone never practised, who is not covered either way.
 */
function coveredOn(practised: readonly string[], day: string, cadenceMonths: number): boolean {
  let last: string | undefined;
  for (let i = practised.length - 1; i >= 0 && last === undefined; i--) if (practised[i] <= day) last = practised[i];
  if (last === undefined) return false;
  const at = utcMidnight(last);
  return practiceStatus({ joinedAt: at, lastPracticeAt: at, cadenceMonths, now: utcMidnight(day) }).covered;
}

const within = (days: readonly string[], q: QuarterSpan) => days.some((day) => day >= q.startsOn && day <= q.endsOn);

/**
 * The figures one member counts in, as cell keys (`figure` now, `figure@quarter` per quarter), by the
 * same rules as their manager's team dashboard: cadence, stretch, pending debriefs, satisfaction talks.
 */
export function memberFigureKeys(row: MemberActivityRow | undefined, quarters: readonly QuarterSpan[], today: string, cadenceMonths: number): string[] {
  if (!row) return ['people', NOT_COVERED, ...quarters.map((q) => `${NOT_COVERED}@${q.key}`)];
  const keys: string[] = ['people'];
  const practised = [...new Set(row.practiceDays)].sort();
  const shares = row.shares.map((share) => ({ ...share, stretch: stretchTag(share.roleRank, row.reportRank) }));
  keys.push(coveredOn(practised, today, cadenceMonths) ? 'peopleCovered' : NOT_COVERED);
  const lastDebrief = (days: readonly string[]) => days.reduce<string | null>((last, day) => (last === null || day > last ? day : last), null);
  if (shares.some((share) => debriefPendingSince({ interviewDays: share.interviewDays, lastDebriefOn: lastDebrief(share.debriefDays) }, today) !== null)) {
    keys.push('peopleWithDebriefsPending');
  }
  const suggested = shares.some((share) =>
    isSatisfactionTalkSuggested({ stretch: share.stretch, sharedAt: new Date(share.sharedMs), lastSatisfactionTalkOn: row.lastSatisfactionOn }),
  );
  if (suggested) keys.push('peopleWithSatisfactionTalksSuggested');
  if (row.openActionItems > 0) keys.push('peopleWithOpenActionItems');
  if (row.overdueActionItems > 0) keys.push('peopleWithOverdueActionItems');
  const interviewDays = shares.flatMap((share) => share.interviewDays);
  for (const q of quarters) {
    keys.push(`${coveredOn(practised, q.endsOn, cadenceMonths) ? 'peopleCovered' : NOT_COVERED}@${q.key}`);
    if (within(shares.map((share) => share.day), q)) keys.push(`peopleSharingRoles@${q.key}`);
    for (const tag of STRETCH_ORDER) if (within(shares.filter((share) => share.stretch === tag).map((share) => share.day), q)) keys.push(`peopleSharing${tag}@${q.key}`);
    if (within(interviewDays, q)) keys.push(`peopleInterviewed@${q.key}`);
    if (within(row.debriefDays, q)) keys.push(`peopleDebriefed@${q.key}`);
    if (within(row.satisfactionDays, q)) keys.push(`peopleInSatisfactionTalks@${q.key}`);
  }
  return keys;
}

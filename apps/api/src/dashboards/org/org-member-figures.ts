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
 * The figures one member counts in, as cell keys (`figure` now, `figure@quarter` per quarter), by the
 * same rules as their manager's team dashboard: cadence, stretch, pending debriefs, satisfaction talks.
 * Made once per answer: the cell keys and each practice day's due day are shared by every member
 * (10,000 members, each read at nine days, took a second when each built them afresh).
 */
export function memberFigureKeys(quarters: readonly QuarterSpan[], today: string, cadenceMonths: number): (row: MemberActivityRow | undefined) => string[] {
  const keyAt = (figure: string) => quarters.map((q) => `${figure}@${q.key}`);
  const covered = keyAt('peopleCovered');
  const notCovered = keyAt(NOT_COVERED);
  const sharing = keyAt('peopleSharingRoles');
  const sharingBy = new Map(STRETCH_ORDER.map((tag) => [tag, keyAt(`peopleSharing${tag}`)]));
  const interviewed = keyAt('peopleInterviewed');
  const debriefed = keyAt('peopleDebriefed');
  const talked = keyAt('peopleInSatisfactionTalks');
  const ends = [...quarters.map((q) => q.endsOn), today];
  // The cadence rule of libs/domain, once per practice day: covered through its due day.
  const dueDays = new Map<string, string>();
  const dueDayOf = (practised: string) => {
    let due = dueDays.get(practised);
    if (due === undefined) {
      const at = utcMidnight(practised);
      // Joining only sets the first due day of someone never practised, who is not covered either way.
      due = practiceStatus({ joinedAt: at, lastPracticeAt: at, cadenceMonths, now: at }).dueAt.toISOString().slice(0, 10);
      dueDays.set(practised, due);
    }
    return due;
  };
  // The rule reads the UTC day a role was shared and the last talk: members share those, and the answer.
  const suggestions = new Map<string, boolean>();
  const suggested = (sharedMs: number, lastSatisfactionTalkOn: string | null) => {
    const key = `${Math.floor(sharedMs / 86_400_000)}|${lastSatisfactionTalkOn}`;
    let answer = suggestions.get(key);
    if (answer === undefined) {
      answer = isSatisfactionTalkSuggested({ stretch: 'SAME_LEVEL', sharedAt: new Date(sharedMs), lastSatisfactionTalkOn });
      suggestions.set(key, answer);
    }
    return answer;
  };
  const quarterOf = (day: string) => {
    for (let i = 0; i < quarters.length; i++) if (day >= quarters[i].startsOn && day <= quarters[i].endsOn) return i;
    return -1;
  };
  const mark = (keys: Set<string>, table: readonly string[], day: string) => {
    const i = quarterOf(day);
    if (i >= 0) keys.add(table[i]);
  };

  return (row) => {
    if (!row) return ['people', NOT_COVERED, ...notCovered];
    const keys = new Set<string>(['people']);
    // Per day read (each quarter's end, then today): covered when the latest practice on or before it is due on or after it.
    const practised = [...new Set(row.practiceDays)].sort();
    ends.forEach((end, i) => {
      let last: string | undefined;
      for (let j = practised.length - 1; j >= 0 && last === undefined; j--) if (practised[j] <= end) last = practised[j];
      const isCovered = last !== undefined && end <= dueDayOf(last);
      if (i === quarters.length) keys.add(isCovered ? 'peopleCovered' : NOT_COVERED);
      else keys.add(isCovered ? covered[i] : notCovered[i]);
    });
    for (const share of row.shares) {
      const stretch = stretchTag(share.roleRank, row.reportRank);
      mark(keys, sharing, share.day);
      mark(keys, sharingBy.get(stretch)!, share.day);
      for (const day of share.interviewDays) mark(keys, interviewed, day);
      const lastDebriefOn = share.debriefDays.reduce<string | null>((last, day) => (last === null || day > last ? day : last), null);
      if (debriefPendingSince({ interviewDays: share.interviewDays, lastDebriefOn }, today) !== null) keys.add('peopleWithDebriefsPending');
      if (stretch === 'SAME_LEVEL' && suggested(share.sharedMs, row.lastSatisfactionOn)) keys.add('peopleWithSatisfactionTalksSuggested');
    }
    for (const day of row.debriefDays) mark(keys, debriefed, day);
    for (const day of row.satisfactionDays) mark(keys, talked, day);
    if (row.openActionItems > 0) keys.add('peopleWithOpenActionItems');
    if (row.overdueActionItems > 0) keys.add('peopleWithOverdueActionItems');
    return [...keys];
  };
}

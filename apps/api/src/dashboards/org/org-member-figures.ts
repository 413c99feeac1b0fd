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

/** Each group's count per cell key, by index into `keys`. */
export interface MemberFigures {
  /** Every cell key of a group, in the order the table lists them: now, per quarter, then the hidden complements. */
  keys: readonly string[];
  /** Adds one to each cell the member counts in, once each; someone with no activity row counts as people and not covered. */
  countInto(counts: Int32Array, row: MemberActivityRow | undefined): void;
}

/**
 * The figures one member counts in (`figure` now, `figure@quarter` per quarter), by the same rules as
 * their manager's team dashboard: cadence, stretch, pending debriefs, satisfaction talks. Made once
 * per answer: the cell keys and each practice day's due day are shared by every member, and members
 * are counted into arrays by index (10,000 members, each building a set of key strings for a map
 * of counts, spent more time collecting garbage than reading rules).
 */
export function memberFigures(quarters: readonly QuarterSpan[], today: string, cadenceMonths: number): MemberFigures {
  const keys = [...NOW, ...quarters.flatMap((q) => PER_QUARTER.map((figure) => `${figure}@${q.key}`)), NOT_COVERED, ...quarters.map((q) => `${NOT_COVERED}@${q.key}`)];
  const index = new Map(keys.map((key, i) => [key, i]));
  const at = (key: string) => index.get(key)!;
  const keyAt = (figure: string) => quarters.map((q) => at(`${figure}@${q.key}`));
  const covered = keyAt('peopleCovered');
  const notCovered = keyAt(NOT_COVERED);
  const sharing = keyAt('peopleSharingRoles');
  const sharingBy = new Map(STRETCH_ORDER.map((tag) => [tag, keyAt(`peopleSharing${tag}`)]));
  const interviewed = keyAt('peopleInterviewed');
  const debriefed = keyAt('peopleDebriefed');
  const talked = keyAt('peopleInSatisfactionTalks');
  const [people, coveredNow, pending, talkSuggested, openItems, overdueItems, notCoveredNow] = [...NOW, NOT_COVERED].map(at);
  const ends = [...quarters.map((q) => q.endsOn), today];
  // The cadence rule of libs/domain, once per practice day: covered through its due day.
  const dueDays = new Map<string, string>();
  const dueDayOf = (practised: string) => {
    let due = dueDays.get(practised);
    if (due === undefined) {
      const day = utcMidnight(practised);
      // Joining only sets the first due day of someone never practised, who is not covered either way.
      due = practiceStatus({ joinedAt: day, lastPracticeAt: day, cadenceMonths, now: day }).dueAt.toISOString().slice(0, 10);
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
  // Which member last counted in each cell: a member adds one to a cell once, however many records put them there.
  const countedBy = new Int32Array(keys.length).fill(-1);
  let member = 0;

  return {
    keys,
    countInto(counts, row) {
      member++;
      const add = (key: number | undefined) => {
        if (key === undefined || countedBy[key] === member) return;
        countedBy[key] = member;
        counts[key]++;
      };
      add(people);
      if (!row) {
        add(notCoveredNow);
        notCovered.forEach(add);
        return;
      }
      // Per day read (each quarter's end, then today): covered when the latest practice on or before it is due on or after it.
      const practised = row.practiceDays.length > 1 ? [...row.practiceDays].sort() : row.practiceDays;
      ends.forEach((end, i) => {
        let last: string | undefined;
        for (let j = practised.length - 1; j >= 0 && last === undefined; j--) if (practised[j] <= end) last = practised[j];
        const isCovered = last !== undefined && end <= dueDayOf(last);
        if (i === quarters.length) add(isCovered ? coveredNow : notCoveredNow);
        else add(isCovered ? covered[i] : notCovered[i]);
      });
      for (const share of row.shares) {
        const stretch = stretchTag(share.roleRank, row.reportRank);
        add(sharing[share.quarter]);
        add(sharingBy.get(stretch)![share.quarter]);
        const interviewDays = share.lastInterviewBeforeToday === null ? [] : [share.lastInterviewBeforeToday];
        if (debriefPendingSince({ interviewDays, lastDebriefOn: share.lastDebriefOn }, today) !== null) add(pending);
        if (stretch === 'SAME_LEVEL' && suggested(share.sharedMs, row.lastSatisfactionOn)) add(talkSuggested);
      }
      for (const q of row.interviewQuarters) add(interviewed[q]);
      for (const q of row.debriefQuarters) add(debriefed[q]);
      for (const q of row.satisfactionQuarters) add(talked[q]);
      if (row.openActionItems > 0) add(openItems);
      if (row.overdueActionItems > 0) add(overdueItems);
    },
  };
}

import { addDaysUtc, addMonthsUtc, practiceStatus, SATISFACTION_TALK_LOOKBACK_DAYS } from '@onward/domain';
import { STRETCH_ORDER } from '../figures/breakdowns';
import type { OrgWindow, TeamFigureCount } from './org-dashboard.queries';

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
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What the org dashboard's statement reads the rules by: the quarters, and each day a practice could
 * cover someone at a quarter's last day counted or today (every practice older than the cadence
 * before the first quarter covers nobody in it), with the days it covers by the cadence rule of
 * libs/domain: through its due day.
 */
export function orgWindow(quarters: readonly QuarterSpan[], today: string, timeZone: string, cadenceMonths: number): OrgWindow {
  // The same for every request of a day at one cadence: about a thousand days made once, not per request.
  const key = `${quarters.map((q) => `${q.startsOn}/${q.endsOn}`).join()}|${today}|${timeZone}|${cadenceMonths}`;
  if (lastWindow?.key !== key) lastWindow = { key, window: makeWindow(quarters, today, timeZone, cadenceMonths) };
  return lastWindow.window;
}

let lastWindow: { key: string; window: OrgWindow } | null = null;

function makeWindow(quarters: readonly QuarterSpan[], today: string, timeZone: string, cadenceMonths: number): OrgWindow {
  const from = quarters[0].startsOn;
  const coverageDays = [...quarters.map((q) => q.endsOn), today];
  const firstCovering = dayOf(addMonthsUtc(addDaysUtc(utcMidnight(from), -1), -cadenceMonths));
  const practiceDays: string[] = [];
  const practiceCoverage: number[] = [];
  for (let day = utcMidnight(firstCovering); dayOf(day) <= today; day = addDaysUtc(day, 1)) {
    // Joining only sets the first due day of someone never practised, who is not covered either way.
    const practised = dayOf(day);
    const due = dayOf(practiceStatus({ joinedAt: day, lastPracticeAt: day, cadenceMonths, now: day }).dueAt);
    practiceDays.push(practised);
    practiceCoverage.push(coverageDays.reduce((bits, read, i) => (practised <= read && read <= due ? bits | (1 << i) : bits), 0));
  }
  return { from, today, timeZone, quarterStarts: quarters.map((q) => q.startsOn), practiceDays, practiceCoverage, satisfactionLookbackDays: SATISFACTION_TALK_LOOKBACK_DAYS };
}

/**
 * Each team's count per cell key (`figure` now, `figure@quarter` per quarter), from the statement's
 * counts. People are the team's members; the not covered, the people the covered leave out.
 */
export function teamCells(teams: readonly { managerId: string; people: number }[], counts: readonly TeamFigureCount[], quarters: readonly QuarterSpan[]): Map<string, Map<string, number>> {
  const cells = new Map(teams.map((team) => [team.managerId, new Map<string, number>([['people', team.people]])]));
  for (const { managerId, figure, quarter, people } of counts) {
    // Coverage is read at each quarter's end and then today, the figure of now.
    const key = quarter === null || quarter >= quarters.length ? figure : `${figure}@${quarters[quarter].key}`;
    cells.get(managerId)?.set(key, people);
  }
  for (const team of cells.values()) {
    const people = team.get('people')!;
    team.set(NOT_COVERED, people - (team.get('peopleCovered') ?? 0));
    for (const q of quarters) team.set(`${NOT_COVERED}@${q.key}`, people - (team.get(`peopleCovered@${q.key}`) ?? 0));
  }
  return cells;
}

import type { MemberActivityRow } from './org-dashboard.queries';
import { memberFigureKeys, NOT_COVERED } from './org-member-figures';

const QUARTERS = [
  { key: '2025-Q4', startsOn: '2025-10-01', endsOn: '2025-12-31' },
  { key: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-16' },
];
const TODAY = '2026-03-16';
const keysOf = (row: MemberActivityRow | undefined, quarters: typeof QUARTERS, today: string, cadence: number) => memberFigureKeys(quarters, today, cadence)(row);

function row(more: Partial<MemberActivityRow>): MemberActivityRow {
  return { personId: 'p', shares: [], reportRank: 3, debriefDays: [], satisfactionDays: [], lastSatisfactionOn: null, practiceDays: [], openActionItems: 0, overdueActionItems: 0, ...more };
}

const share = (day: string, roleRank: number | null, interviewDays: string[] = [], debriefDays: string[] = []) => ({
  day,
  sharedMs: Date.parse(`${day}T12:00:00Z`),
  roleRank,
  interviewDays,
  debriefDays,
});

describe('the figures one member of an org dashboard group counts in', () => {
  it('reads coverage by the cadence at today and at each quarter’s last day counted', () => {
    // Practised on 2025-03-15 with a 12-month cadence: due 2026-03-15, so covered at the end of 2025, not today.
    const keys = keysOf(row({ practiceDays: ['2025-03-15'] }), QUARTERS, TODAY, 12);
    expect(keys).toEqual(expect.arrayContaining([NOT_COVERED, 'peopleCovered@2025-Q4', `${NOT_COVERED}@2026-Q1`]));
    expect(keys).not.toContain('peopleCovered');
    // The day it falls due is still covered.
    expect(keysOf(row({ practiceDays: ['2025-03-16'] }), QUARTERS, TODAY, 12)).toContain('peopleCovered');
    // A practice after a quarter's end does not cover anyone in it.
    expect(keysOf(row({ practiceDays: ['2026-01-05'] }), QUARTERS, TODAY, 12)).toEqual(expect.arrayContaining(['peopleCovered', `${NOT_COVERED}@2025-Q4`, 'peopleCovered@2026-Q1']));
  });

  it('counts a pending debrief and a suggested satisfaction talk once per person, by the nudge rules', () => {
    const pending = row({ shares: [share('2025-11-02', 4, ['2025-11-20']), share('2025-11-03', 5, ['2025-12-01'], ['2025-12-03'])] });
    expect(keysOf(pending, QUARTERS, TODAY, 12).filter((key) => key === 'peopleWithDebriefsPending')).toHaveLength(1);
    // Debriefed after its interview: nothing pending.
    expect(keysOf(row({ shares: [share('2025-11-03', 5, ['2025-12-01'], ['2025-12-03'])] }), QUARTERS, TODAY, 12)).not.toContain('peopleWithDebriefsPending');

    const sameLevel = share('2026-02-01', 3);
    expect(keysOf(row({ shares: [sameLevel] }), QUARTERS, TODAY, 12)).toContain('peopleWithSatisfactionTalksSuggested');
    // A satisfaction talk in the 90 days before it was shared: no talk suggested.
    expect(keysOf(row({ shares: [sameLevel], lastSatisfactionOn: '2025-12-01' }), QUARTERS, TODAY, 12)).not.toContain('peopleWithSatisfactionTalksSuggested');
    // A step up is never a reason for one.
    expect(keysOf(row({ shares: [share('2026-02-01', 4)] }), QUARTERS, TODAY, 12)).not.toContain('peopleWithSatisfactionTalksSuggested');
  });

  it('counts someone with no activity row in the group and as not covered, nothing else', () => {
    expect(keysOf(undefined, QUARTERS, TODAY, 12)).toEqual(['people', NOT_COVERED, `${NOT_COVERED}@2025-Q4`, `${NOT_COVERED}@2026-Q1`]);
  });
});

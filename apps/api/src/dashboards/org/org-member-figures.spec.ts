import type { MemberActivityRow, MemberShare } from './org-dashboard.queries';
import { memberFigures, NOT_COVERED } from './org-member-figures';

const QUARTERS = [
  { key: '2025-Q4', startsOn: '2025-10-01', endsOn: '2025-12-31' },
  { key: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-16' },
];
const TODAY = '2026-03-16';

/** Each cell key the members count in, once per member counted: a key twice would be a person counted twice. */
function keysOf(rows: (MemberActivityRow | undefined)[], cadence = 12): string[] {
  const figures = memberFigures(QUARTERS, TODAY, cadence);
  const counts = new Int32Array(figures.keys.length);
  for (const row of rows) figures.countInto(counts, row);
  return figures.keys.flatMap((key, i) => Array.from({ length: counts[i] }, () => key));
}

function row(more: Partial<MemberActivityRow>): MemberActivityRow {
  return {
    personId: 'p',
    shares: [],
    reportRank: 3,
    interviewQuarters: [],
    debriefQuarters: [],
    satisfactionQuarters: [],
    lastSatisfactionOn: null,
    practiceDays: [],
    openActionItems: 0,
    overdueActionItems: 0,
    ...more,
  };
}

const share = (day: string, quarter: number, roleRank: number | null, lastInterviewBeforeToday: string | null = null, lastDebriefOn: string | null = null): MemberShare => ({
  quarter,
  sharedMs: Date.parse(`${day}T12:00:00Z`),
  roleRank,
  lastInterviewBeforeToday,
  lastDebriefOn,
});

describe('the figures one member of an org dashboard group counts in', () => {
  it('reads coverage by the cadence at today and at each quarter’s last day counted', () => {
    // Practised on 2025-03-15 with a 12-month cadence: due 2026-03-15, so covered at the end of 2025, not today.
    const keys = keysOf([row({ practiceDays: ['2025-03-15'] })]);
    expect(keys).toEqual(expect.arrayContaining([NOT_COVERED, 'peopleCovered@2025-Q4', `${NOT_COVERED}@2026-Q1`]));
    expect(keys).not.toContain('peopleCovered');
    // The day it falls due is still covered.
    expect(keysOf([row({ practiceDays: ['2025-03-16'] })])).toContain('peopleCovered');
    // A practice after a quarter's end does not cover anyone in it, whatever order the days come in.
    expect(keysOf([row({ practiceDays: ['2026-01-05', '2024-01-01'] })])).toEqual(expect.arrayContaining(['peopleCovered', `${NOT_COVERED}@2025-Q4`, 'peopleCovered@2026-Q1']));
  });

  it('counts a pending debrief and a suggested satisfaction talk once per person, by the nudge rules', () => {
    const pending = row({ shares: [share('2025-11-02', 0, 4, '2025-11-20'), share('2025-11-03', 0, 5, '2025-12-01', '2025-12-03'), share('2025-11-04', 0, 5, '2025-12-02')] });
    expect(keysOf([pending]).filter((key) => key === 'peopleWithDebriefsPending')).toHaveLength(1);
    // Debriefed after its interview: nothing pending.
    expect(keysOf([row({ shares: [share('2025-11-03', 0, 5, '2025-12-01', '2025-12-03')] })])).not.toContain('peopleWithDebriefsPending');

    const sameLevel = share('2026-02-01', 1, 3);
    expect(keysOf([row({ shares: [sameLevel] })])).toContain('peopleWithSatisfactionTalksSuggested');
    // A satisfaction talk in the 90 days before it was shared: no talk suggested.
    expect(keysOf([row({ shares: [sameLevel], lastSatisfactionOn: '2025-12-01' })])).not.toContain('peopleWithSatisfactionTalksSuggested');
    // A step up is never a reason for one.
    expect(keysOf([row({ shares: [share('2026-02-01', 1, 4)] })])).not.toContain('peopleWithSatisfactionTalksSuggested');
  });

  it('marks the quarters a member shared, interviewed, was debriefed and talked in, once each, by stretch', () => {
    const keys = keysOf([
      row({
        shares: [share('2025-11-02', 0, 4), share('2025-11-09', 0, 4), share('2026-01-10', 1, 3), share('2024-05-01', -1, 2)],
        interviewQuarters: [0, 1],
        debriefQuarters: [1],
        satisfactionQuarters: [0],
      }),
    ]);
    expect(keys.filter((key) => key.startsWith('peopleSharing'))).toEqual([
      'peopleSharingRoles@2025-Q4',
      'peopleSharingSTEP_UP@2025-Q4',
      'peopleSharingRoles@2026-Q1',
      'peopleSharingSAME_LEVEL@2026-Q1',
    ]);
    expect(keys.filter((key) => /^people(Interviewed|Debriefed|InSatisfactionTalks)@/.test(key))).toEqual([
      'peopleInterviewed@2025-Q4',
      'peopleInSatisfactionTalks@2025-Q4',
      'peopleInterviewed@2026-Q1',
      'peopleDebriefed@2026-Q1',
    ]);
  });

  it('counts each member apart: two members are two people in every cell they share', () => {
    const keys = keysOf([row({ openActionItems: 2 }), row({ openActionItems: 1, overdueActionItems: 1 })]);
    expect(keys.filter((key) => key === 'people')).toHaveLength(2);
    expect(keys.filter((key) => key === 'peopleWithOpenActionItems')).toHaveLength(2);
    expect(keys.filter((key) => key === 'peopleWithOverdueActionItems')).toHaveLength(1);
  });

  it('counts someone with no activity row in the group and as not covered, nothing else', () => {
    expect(keysOf([undefined])).toEqual(['people', NOT_COVERED, `${NOT_COVERED}@2025-Q4`, `${NOT_COVERED}@2026-Q1`]);
  });
});

import { NOT_COVERED, orgWindow, teamCells } from './org-member-figures';

const QUARTERS = [
  { key: '2025-Q4', startsOn: '2025-10-01', endsOn: '2025-12-31' },
  { key: '2026-Q1', startsOn: '2026-01-01', endsOn: '2026-03-16' },
];
const TODAY = '2026-03-16';

describe('the org dashboard window', () => {
  it('lists every day a practice can still cover someone, with the days it covers by the cadence', () => {
    const window = orgWindow(QUARTERS, TODAY, 'Europe/Paris', 12);
    // The day before the first quarter, less the cadence: the oldest practice that covers anyone in it.
    expect(window.practiceDays[0]).toBe('2024-09-30');
    expect(window.practiceDays.at(-1)).toBe(TODAY);
    expect(window.practiceDays).toHaveLength(window.practiceCoverage.length);
    const covers = (day: string) => window.practiceCoverage[window.practiceDays.indexOf(day)];
    // Coverage is read at 2025-12-31 (bit 0), today as the last day of the quarter (bit 1) and today (bit 2).
    // Due 2026-03-15: covers the end of 2025 only. Due today: covers all three. After a quarter's end: not it.
    expect([covers('2025-03-15'), covers('2025-03-16'), covers('2026-01-05'), covers('2024-09-30')]).toEqual([0b001, 0b111, 0b110, 0]);
    expect(window.quarterStarts).toEqual(['2025-10-01', '2026-01-01']);
  });
});

describe('each team’s cells', () => {
  it('names each count by figure and quarter, coverage read today as the figure of now, and the not covered as the rest', () => {
    const cells = teamCells(
      [
        { managerId: 'a', people: 3 },
        { managerId: 'b', people: 1 },
      ],
      [
        { managerId: 'a', figure: 'peopleCovered', quarter: 0, people: 1 },
        { managerId: 'a', figure: 'peopleCovered', quarter: 2, people: 2 },
        { managerId: 'a', figure: 'peopleInterviewed', quarter: 1, people: 3 },
        { managerId: 'b', figure: 'peopleWithOpenActionItems', quarter: null, people: 1 },
      ],
      QUARTERS,
    );
    expect(Object.fromEntries(cells.get('a')!)).toEqual({
      people: 3,
      'peopleCovered@2025-Q4': 1,
      peopleCovered: 2,
      'peopleInterviewed@2026-Q1': 3,
      [NOT_COVERED]: 1,
      [`${NOT_COVERED}@2025-Q4`]: 2,
      [`${NOT_COVERED}@2026-Q1`]: 3,
    });
    expect(cells.get('b')!.get('peopleWithOpenActionItems')).toBe(1);
    expect(cells.get('b')!.get(NOT_COVERED)).toBe(1);
  });
});

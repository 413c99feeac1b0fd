import type { PracticeStatusFieldsFragment } from '../../generated/gql/graphql';
import { coverageSummary, OWN_PRACTICE_BADGES, ownPracticeLine, practiceBadge, practiceLine } from './practice-status';

const status = (state: PracticeStatusFieldsFragment['state'], lastPracticeOn: string | null, dueOn: string): PracticeStatusFieldsFragment => ({
  state,
  covered: state !== 'OVERDUE',
  lastPracticeOn,
  dueOn,
});

describe('practiceBadge', () => {
  it.each([
    ['COVERED', 'Covered', 'green'],
    ['DUE_SOON', 'Due soon', 'yellow'],
    ['OVERDUE', 'Overdue', 'red'],
  ] as const)('shows %s as “%s” in %s', (state, label, color) => {
    expect(practiceBadge(state)).toEqual({ label, color });
  });

  it('reads a missing or unknown state as Unknown rather than as covered', () => {
    expect(practiceBadge(null).label).toBe('Unknown');
    expect(practiceBadge('SOMETHING_NEW' as never).label).toBe('Unknown');
  });
});

describe('practiceLine', () => {
  it('says until when a covered report stays covered', () => {
    expect(practiceLine(status('COVERED', '2026-03-03', '2027-03-03'), 'en-GB')).toBe('Last practice 3 Mar 2026 · covered until 3 Mar 2027');
  });

  it('says when it was due once it is overdue, and that there was no practice yet', () => {
    expect(practiceLine(status('OVERDUE', null, '2024-10-26'), 'en-GB')).toBe('No practice yet · was due 26 Oct 2024');
    expect(practiceLine(status('DUE_SOON', '2025-12-01', '2026-12-01'), 'en-GB')).toBe('Last practice 1 Dec 2025 · due 1 Dec 2026');
  });
});

describe('coverageSummary', () => {
  it('counts the covered reports and names the others', () => {
    const team = [status('COVERED', '2026-01-01', '2027-01-01'), status('OVERDUE', null, '2024-01-01'), status('COVERED', '2026-02-01', '2027-02-01'), status('DUE_SOON', null, '2026-12-10')];
    expect(coverageSummary(team)).toBe('2 of 4 covered · 1 overdue, 1 due soon');
  });

  it('counts a report whose status is unknown as not covered, and says nothing for nobody', () => {
    expect(coverageSummary([null, status('COVERED', '2026-01-01', '2027-01-01')])).toBe('1 of 2 covered');
    expect(coverageSummary([])).toBe('');
  });
});

describe('ownPracticeLine', () => {
  it('words an overdue practice for the report, without blame, and names who to talk to', () => {
    expect(ownPracticeLine(status('OVERDUE', null, '2026-03-03'), 'Maya Okafor', 'en-GB')).toBe('Your interview practice is due — talk to Maya.');
    expect(OWN_PRACTICE_BADGES.OVERDUE).toEqual({ label: 'Due', color: 'blue' });
  });

  it('says when a practice coming up is due', () => {
    expect(ownPracticeLine(status('DUE_SOON', '2025-03-20', '2026-03-20'), 'Maya Okafor', 'en-GB')).toBe('Your interview practice is due on 20 Mar 2026 — talk to Maya.');
  });

  it('says until when a covered report is covered, and leaves out the manager when there is none', () => {
    expect(ownPracticeLine(status('COVERED', '2026-03-03', '2027-03-03'), null, 'en-GB')).toBe('You are covered: last practice 3 Mar 2026, next one by 3 Mar 2027.');
  });
});

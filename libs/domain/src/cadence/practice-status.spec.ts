import {
  practiceDueSoonAt,
  practiceStatus,
  type PracticeState,
} from './practice-status';

const JOINED = '2020-01-06T09:00:00.000Z';

describe('practiceStatus', () => {
  it.each<[string, string | null, number, string, string, boolean, PracticeState]>([
    // description, last practice, cadence months, now → due day, covered, state
    ['held last week', '2024-03-10T15:00:00Z', 12, '2024-03-17T12:00:00Z', '2025-03-10', true, 'COVERED'],
    ['exactly 12 months ago, same day', '2024-03-10T15:00:00Z', 12, '2025-03-10T23:59:59Z', '2025-03-10', true, 'DUE_SOON'],
    ['12 months and a day ago', '2024-03-10T15:00:00Z', 12, '2025-03-11T00:00:00Z', '2025-03-10', false, 'OVERDUE'],
    ['earlier in the day than it was held', '2024-03-10T23:00:00Z', 12, '2025-03-10T01:00:00Z', '2025-03-10', true, 'DUE_SOON'],
    ['one day before the due-soon window', '2024-03-10T15:00:00Z', 12, '2025-02-07T23:00:00Z', '2025-03-10', true, 'COVERED'],
    ['first day of the due-soon window', '2024-03-10T15:00:00Z', 12, '2025-02-08T00:00:00Z', '2025-03-10', true, 'DUE_SOON'],
    ['held on a leap day: due Feb 28', '2024-02-29T10:00:00Z', 12, '2025-02-28T20:00:00Z', '2025-02-28', true, 'DUE_SOON'],
    ['held on a leap day: overdue Mar 1', '2024-02-29T10:00:00Z', 12, '2025-03-01T00:00:00Z', '2025-02-28', false, 'OVERDUE'],
    ['held Feb 28: overdue on the next leap day', '2023-02-28T10:00:00Z', 12, '2024-02-29T10:00:00Z', '2024-02-28', false, 'OVERDUE'],
    ['cadence of 6 months: covered', '2024-03-31T10:00:00Z', 6, '2024-09-30T10:00:00Z', '2024-09-30', true, 'DUE_SOON'],
    ['cadence of 6 months: overdue', '2024-03-31T10:00:00Z', 6, '2024-10-01T10:00:00Z', '2024-09-30', false, 'OVERDUE'],
    ['same practice, cadence of 12 months', '2024-03-31T10:00:00Z', 12, '2024-10-01T10:00:00Z', '2025-03-31', true, 'COVERED'],
    ['long overdue', '2021-06-01T10:00:00Z', 12, '2024-06-01T10:00:00Z', '2022-06-01', false, 'OVERDUE'],
  ])('%s', (_description, lastPractice, cadenceMonths, now, dueDay, covered, state) => {
    const lastPracticeAt = lastPractice === null ? null : new Date(lastPractice);
    const status = practiceStatus({ joinedAt: new Date(JOINED), lastPracticeAt, cadenceMonths, now: new Date(now) });
    expect(status).toEqual({ lastPracticeAt, dueAt: new Date(`${dueDay}T00:00:00.000Z`), covered, state });
  });

  it.each<[string, string, string, PracticeState]>([
    // never held: due 30 days after joining, never covered, due soon until then
    ['on the day they join', '2024-01-15T09:00:00Z', '2024-02-14', 'DUE_SOON'],
    ['on the due day', '2024-02-14T22:00:00Z', '2024-02-14', 'DUE_SOON'],
    ['the day after the due day', '2024-02-15T00:00:00Z', '2024-02-14', 'OVERDUE'],
    ['before their start date', '2023-11-01T09:00:00Z', '2024-02-14', 'DUE_SOON'],
  ])('never held, %s', (_description, now, dueDay, state) => {
    const status = practiceStatus({
      joinedAt: new Date('2024-01-15T09:00:00Z'),
      lastPracticeAt: null,
      cadenceMonths: 12,
      now: new Date(now),
    });
    expect(status).toEqual({ lastPracticeAt: null, dueAt: new Date(`${dueDay}T00:00:00.000Z`), covered: false, state });
  });

  it.each<[string, string, string | null, string, string, PracticeState]>([
    // A manager's view: never held with them, due 30 days after the later of joining and taking over.
    ['a new manager took over long after they joined', '2020-01-06T09:00:00Z', '2024-05-01T12:00:00Z', '2024-05-10T09:00:00Z', '2024-05-31', 'DUE_SOON'],
    ['a new manager, past the first-practice window', '2020-01-06T09:00:00Z', '2024-05-01T12:00:00Z', '2024-06-01T00:00:00Z', '2024-05-31', 'OVERDUE'],
    ['the manager since before they joined', '2024-01-15T09:00:00Z', '2023-06-01T00:00:00Z', '2024-02-01T09:00:00Z', '2024-02-14', 'DUE_SOON'],
    ['no reporting line known', '2024-01-15T09:00:00Z', null, '2024-02-01T09:00:00Z', '2024-02-14', 'DUE_SOON'],
  ])('never held, %s', (_description, joinedAt, managedSince, now, dueDay, state) => {
    const status = practiceStatus({
      joinedAt: new Date(joinedAt),
      managedSince: managedSince === null ? null : new Date(managedSince),
      lastPracticeAt: null,
      cadenceMonths: 12,
      now: new Date(now),
    });
    expect(status).toEqual({ lastPracticeAt: null, dueAt: new Date(`${dueDay}T00:00:00.000Z`), covered: false, state });
  });

  it('a practice held counts from its day, whoever manages them since', () => {
    const status = practiceStatus({
      joinedAt: new Date(JOINED),
      managedSince: new Date('2024-02-01T00:00:00Z'),
      lastPracticeAt: new Date('2024-03-10T15:00:00Z'),
      cadenceMonths: 12,
      now: new Date('2024-03-17T12:00:00Z'),
    });
    expect(status).toMatchObject({ dueAt: new Date('2025-03-10T00:00:00.000Z'), covered: true, state: 'COVERED' });
  });

  it.each([
    ['a cadence of 0 months', { cadenceMonths: 0 }],
    ['a fractional cadence', { cadenceMonths: 1.5 }],
    ['an invalid now', { now: new Date('nope') }],
    ['an invalid joining date', { joinedAt: new Date('nope') }],
    ['an invalid practice date', { lastPracticeAt: new Date('nope') }],
    ['an invalid managedSince', { managedSince: new Date('nope') }],
  ])('rejects %s', (_description, override) => {
    const input = { joinedAt: new Date(JOINED), lastPracticeAt: null, cadenceMonths: 12, now: new Date(), ...override };
    expect(() => practiceStatus(input)).toThrow(RangeError);
  });
});

describe('practiceDueSoonAt', () => {
  it.each([
    ['2025-03-10T00:00:00.000Z', '2025-02-08T00:00:00.000Z'],
    ['2024-03-30T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
    ['2025-03-30T00:00:00.000Z', '2025-02-28T00:00:00.000Z'],
  ])('due %s → due soon from %s', (dueAt, expected) => {
    expect(practiceDueSoonAt(new Date(dueAt)).toISOString()).toBe(expected);
  });
});

import { practiceStatus, practiceStatusesAt } from './practice-status';

const at = (iso: string) => new Date(iso);

describe('practiceStatusesAt', () => {
  // Reports on the same days at different times, around midnight UTC, a leap day, and managers who took over later.
  const joined = ['2024-01-15T00:00:00Z', '2024-01-15T09:30:00Z', '2024-01-15T23:59:59Z', '2024-01-16T00:00:00Z', '2023-12-31T23:00:00Z'];
  const managedSince = [null, '2023-06-01T00:00:00Z', '2024-02-01T08:00:00Z', '2024-02-01T23:30:00Z'];
  const held = [null, '2024-02-29T10:00:00Z', '2024-02-29T23:59:00Z', '2024-03-01T00:00:00Z', '2023-11-10T15:00:00Z', '2024-01-31T12:00:00Z'];
  const cases = joined.flatMap((j) => managedSince.flatMap((m) => held.map((h) => ({ joinedAt: at(j), managedSince: m === null ? null : at(m), lastPracticeAt: h === null ? null : at(h) }))));

  it.each([
    ['2024-02-20T12:00:00Z', 12],
    ['2024-03-02T00:00:00Z', 12],
    ['2025-01-31T10:00:00Z', 12],
    ['2024-08-31T23:59:59Z', 6],
  ])('answers what practiceStatus answers, at %s with a cadence of %i months', (now, cadenceMonths) => {
    const statusOf = practiceStatusesAt(at(now), cadenceMonths);
    // Twice over, in both orders: what was computed for one report never leaks into another's answer.
    for (const dates of [...cases, ...[...cases].reverse()]) {
      expect(statusOf(dates)).toEqual(practiceStatus({ ...dates, cadenceMonths, now: at(now) }));
    }
  });

  it('gives each report an answer of its own', () => {
    const statusOf = practiceStatusesAt(at('2024-02-20T12:00:00Z'), 12);
    const a = statusOf({ joinedAt: at('2024-01-15T09:00:00Z'), lastPracticeAt: null });
    const b = statusOf({ joinedAt: at('2024-01-15T10:00:00Z'), lastPracticeAt: null });
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.dueAt).not.toBe(b.dueAt);
  });

  it.each([
    ['an invalid joining date', { joinedAt: at('nope'), lastPracticeAt: null }, 12],
    ['an invalid practice date', { joinedAt: at('2024-01-15T09:00:00Z'), lastPracticeAt: at('nope') }, 12],
    ['an invalid managedSince', { joinedAt: at('2024-01-15T09:00:00Z'), lastPracticeAt: null, managedSince: at('nope') }, 12],
    ['a cadence of 0 months', { joinedAt: at('2024-01-15T09:00:00Z'), lastPracticeAt: null }, 0],
  ])('rejects %s as practiceStatus does, even after a valid report of the same day', (_description, dates, cadenceMonths) => {
    const statusOf = practiceStatusesAt(at('2024-02-20T12:00:00Z'), cadenceMonths);
    if (cadenceMonths > 0) statusOf({ joinedAt: at('2024-01-15T08:00:00Z'), lastPracticeAt: null });
    expect(() => statusOf(dates)).toThrow(RangeError);
  });
});

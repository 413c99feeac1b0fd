import { daysBetween, inRange, lastQuarters, quarterOf, trailingMonths } from './periods';

describe('quarterOf', () => {
  it.each<[string, string, string, string]>([
    ['2026-01-01', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-08-15', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-12-31', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2024-02-29', '2024-Q1', '2024-01-01', '2024-03-31'],
  ])('%s is in %s (%s to %s)', (day, key, startsOn, endsOn) => {
    expect(quarterOf(day)).toMatchObject({ key, startsOn, endsOn });
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['26-01-01'], ['2026-1-1'], ['']])('refuses %p', (day) => {
    expect(() => quarterOf(day)).toThrow(RangeError);
  });
});

describe('lastQuarters', () => {
  it('gives eight quarters, oldest first, the last holding today, across years', () => {
    expect(lastQuarters('2026-11-25').map((q) => q.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it.each<[string, number, string[]]>([
    ['2026-01-01', 2, ['2025-Q4', '2026-Q1']],
    ['2026-03-31', 1, ['2026-Q1']],
    ['2026-04-01', 5, ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']],
  ])('on %s, the last %i: %p', (today, count, keys) => {
    expect(lastQuarters(today, count).map((q) => q.key)).toEqual(keys);
  });

  it('joins the quarters end to end', () => {
    const quarters = lastQuarters('2026-05-10');
    for (let i = 1; i < quarters.length; i++) expect(daysBetween(quarters[i - 1].endsOn, quarters[i].startsOn)).toBe(1);
  });

  it.each([[0], [-1], [1.5]])('refuses a count of %p', (count) => {
    expect(() => lastQuarters('2026-05-10', count)).toThrow(RangeError);
  });
});

describe('trailingMonths', () => {
  it.each<[string, number, string]>([
    ['2026-11-25', 12, '2025-11-26'],
    ['2026-03-01', 12, '2025-03-02'],
    ['2025-02-28', 12, '2024-02-29'],
    // 2023-02-29 does not exist: clamped to the 28th, as the cadence clamps, then the day after.
    ['2024-02-29', 12, '2023-03-01'],
    ['2026-11-25', 3, '2026-08-26'],
  ])('the %i months up to %s', (today, months, startsOn) => {
    expect(trailingMonths(today, months)).toEqual({ startsOn, endsOn: today });
  });
});

describe('inRange and daysBetween', () => {
  it.each<[string, boolean]>([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
  ])('%s in 2026-Q3: %p', (day, expected) => {
    expect(inRange(day, quarterOf('2026-08-01'))).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-29', '2026-03-30', 1], // a daylight-saving night is still one day
    ['2026-03-10', '2026-03-03', -7],
    ['2025-11-25', '2026-11-25', 365],
  ])('%s to %s: %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

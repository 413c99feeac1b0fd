import { addDaysUtc, addMonthsUtc, startOfUtcDay } from './calendar';

describe('addMonthsUtc', () => {
  it.each([
    ['2024-03-10T15:30:00.000Z', 12, '2025-03-10T15:30:00.000Z'],
    ['2024-02-29T09:00:00.000Z', 12, '2025-02-28T09:00:00.000Z'],
    ['2024-02-29T09:00:00.000Z', 48, '2028-02-29T09:00:00.000Z'],
    ['2023-02-28T00:00:00.000Z', 12, '2024-02-28T00:00:00.000Z'],
    ['2024-01-31T00:00:00.000Z', 1, '2024-02-29T00:00:00.000Z'],
    ['2023-01-31T00:00:00.000Z', 1, '2023-02-28T00:00:00.000Z'],
    ['2024-08-31T00:00:00.000Z', 6, '2025-02-28T00:00:00.000Z'],
    ['2024-10-31T23:59:59.999Z', 2, '2024-12-31T23:59:59.999Z'],
    ['2024-11-15T00:00:00.000Z', 3, '2025-02-15T00:00:00.000Z'],
    ['2024-03-31T00:00:00.000Z', -1, '2024-02-29T00:00:00.000Z'],
    ['2025-01-15T00:00:00.000Z', -12, '2024-01-15T00:00:00.000Z'],
    ['2024-05-05T00:00:00.000Z', 0, '2024-05-05T00:00:00.000Z'],
  ])('%s + %i months → %s', (start, months, expected) => {
    expect(addMonthsUtc(new Date(start), months).toISOString()).toBe(expected);
  });

  it('does not change the date it was given', () => {
    const start = new Date('2024-01-31T00:00:00.000Z');
    addMonthsUtc(start, 1);
    expect(start.toISOString()).toBe('2024-01-31T00:00:00.000Z');
  });

  it.each([
    [new Date('2024-01-01'), 1.5],
    [new Date('2024-01-01'), Number.NaN],
    [new Date('not a date'), 1],
  ])('rejects %p + %p', (date, months) => {
    expect(() => addMonthsUtc(date, months)).toThrow(RangeError);
  });
});

describe('addDaysUtc and startOfUtcDay', () => {
  it.each([
    ['2024-02-15T10:00:00.000Z', 30, '2024-03-16T10:00:00.000Z'],
    ['2023-02-15T10:00:00.000Z', 30, '2023-03-17T10:00:00.000Z'],
    ['2024-03-31T00:00:00.000Z', -30, '2024-03-01T00:00:00.000Z'],
  ])('%s + %i days → %s', (start, days, expected) => {
    expect(addDaysUtc(new Date(start), days).toISOString()).toBe(expected);
  });

  it.each([
    ['2024-02-29T23:59:59.999Z', '2024-02-29T00:00:00.000Z'],
    ['2024-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
  ])('start of the UTC day of %s is %s', (moment, expected) => {
    expect(startOfUtcDay(new Date(moment)).toISOString()).toBe(expected);
  });
});

import { formatDate, formatDateTime } from './format-date';

describe('formatDate', () => {
  it('gives the day of a moment, without the time', () => {
    expect(formatDate('2026-11-25T12:00:00.000Z', 'en-GB')).toBe('25 Nov 2026');
    expect(formatDateTime('2026-11-25T12:00:00.000Z', 'en-GB')).toMatch(/^25 Nov 2026, \d\d:\d\d$/);
  });

  it('returns what it was given when that is not a moment', () => {
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

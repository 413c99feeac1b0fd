import { formatDay, initialsOf, relativeTime } from './relative-time';

const now = new Date('2026-11-25T12:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-11-25T11:59:30Z', 'just now'],
    ['2026-11-25T11:57:00Z', '3 minutes ago'],
    ['2026-11-25T09:00:00Z', '3 hours ago'],
    ['2026-11-24T12:00:00Z', 'yesterday'],
    ['2026-11-11T12:00:00Z', '2 weeks ago'],
    ['2025-11-20T12:00:00Z', 'last year'],
  ])('%s is “%s”', (iso, expected) => {
    expect(relativeTime(iso, now, 'en')).toBe(expected);
  });

  it('is empty for a date it cannot read', () => {
    expect(relativeTime('soon', now, 'en')).toBe('');
  });
});

describe('formatDay', () => {
  it('shows a calendar day as that day in every time zone', () => {
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });

  it('leaves anything that is not YYYY-MM-DD alone', () => {
    expect(formatDay('next Tuesday')).toBe('next Tuesday');
  });
});

describe('initialsOf', () => {
  it('takes the first and last names’ initials', () => {
    expect(initialsOf('Maya Okafor')).toBe('MO');
    expect(initialsOf('  priya  de la Raman ')).toBe('PR');
    expect(initialsOf('Cher')).toBe('C');
  });
});

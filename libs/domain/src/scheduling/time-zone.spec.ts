import { canonicalTimeZone, instantAtLocalTime, zonedParts } from './time-zone';

describe('canonicalTimeZone', () => {
  it.each([
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'Etc/UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['America/New_York', 'America/New_York'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Pacific/Kiritimati', 'Pacific/Kiritimati'],
  ])('%s names %s', (name, canonical) => {
    expect(canonicalTimeZone(name)).toBe(canonical);
  });

  it.each(['', 'Mars/Olympus_Mons', '+02:00', 'UTC+2', 'Europe/Berlin; DROP', ' UTC', 'x'.repeat(65)])('refuses %j', (name) => {
    expect(canonicalTimeZone(name)).toBeNull();
  });
});

describe('zonedParts', () => {
  it.each([
    // Late evening in California is already the next day in UTC.
    ['2026-11-27T05:30:00Z', 'America/Los_Angeles', { day: '2026-11-26', hour: 21, minute: 30, weekday: 4 }],
    ['2026-11-27T05:30:00Z', 'UTC', { day: '2026-11-27', hour: 5, minute: 30, weekday: 5 }],
    ['2026-11-27T20:00:00Z', 'Asia/Kolkata', { day: '2026-11-28', hour: 1, minute: 30, weekday: 6 }],
    ['2026-11-27T10:00:00Z', 'Pacific/Kiritimati', { day: '2026-11-28', hour: 0, minute: 0, weekday: 6 }],
  ])('%s in %s', (instant, zone, expected) => {
    expect(zonedParts(new Date(instant), zone)).toMatchObject(expected);
  });

  it('refuses an unknown zone', () => {
    expect(() => zonedParts(new Date('2026-11-27T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('instantAtLocalTime', () => {
  it.each([
    ['2026-11-30', 10, 0, 'UTC', '2026-11-30T10:00:00.000Z'],
    ['2026-11-30', 10, 0, 'Europe/Berlin', '2026-11-30T09:00:00.000Z'], // CET, UTC+1
    ['2026-06-30', 10, 0, 'Europe/Berlin', '2026-06-30T08:00:00.000Z'], // CEST, UTC+2
    ['2026-03-30', 10, 0, 'Europe/Berlin', '2026-03-30T08:00:00.000Z'], // the Monday after clocks went forward
    ['2026-10-26', 10, 0, 'Europe/Berlin', '2026-10-26T09:00:00.000Z'], // the Monday after they went back
    ['2026-11-27', 10, 0, 'America/Los_Angeles', '2026-11-27T18:00:00.000Z'],
    ['2026-11-30', 10, 0, 'Asia/Kolkata', '2026-11-30T04:30:00.000Z'],
    ['2026-11-30', 10, 0, 'Pacific/Kiritimati', '2026-11-29T20:00:00.000Z'],
    // 02:30 does not exist in Berlin on 29 March 2026: the clocks jump from 02:00 to 03:00.
    ['2026-03-29', 2, 30, 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
  ])('%s %i:%i in %s is %s', (day, hour, minute, zone, expected) => {
    expect(instantAtLocalTime(day, hour, minute, zone).toISOString()).toBe(expected);
  });

  it('reads back as the same wall-clock time', () => {
    for (const zone of ['Europe/London', 'America/Sao_Paulo', 'Australia/Sydney', 'Asia/Kathmandu']) {
      for (const day of ['2026-01-15', '2026-04-05', '2026-07-15', '2026-10-04']) {
        expect(zonedParts(instantAtLocalTime(day, 10, 0, zone), zone)).toMatchObject({ day, hour: 10, minute: 0 });
      }
    }
  });

  it('refuses a malformed day', () => {
    expect(() => instantAtLocalTime('30/11/2026', 10, 0, 'UTC')).toThrow(RangeError);
  });
});

import { dueDigestDay } from './digest-time';

describe('dueDigestDay: from the digest hour on, the local day', () => {
  it.each<[string, string, number, string | null]>([
    // now (UTC)              zone                   hour  due day
    ['2026-11-27T07:59:00Z', 'UTC', 8, null],
    ['2026-11-27T08:00:00Z', 'UTC', 8, '2026-11-27'],
    ['2026-11-27T23:59:00Z', 'UTC', 8, '2026-11-27'],
    ['2026-11-28T00:00:00Z', 'UTC', 8, null], // a new day, before its hour
    ['2026-11-28T00:00:00Z', 'UTC', 0, '2026-11-28'],
    // 07:00 UTC is 08:00 in Berlin (CET): due there, not yet in London.
    ['2026-11-27T07:00:00Z', 'Europe/Berlin', 8, '2026-11-27'],
    ['2026-11-27T07:00:00Z', 'Europe/London', 8, null],
    // 16:00 UTC is 08:00 in Los Angeles (PST, UTC−8).
    ['2026-11-27T16:00:00Z', 'America/Los_Angeles', 8, '2026-11-27'],
    ['2026-11-27T15:59:00Z', 'America/Los_Angeles', 8, null],
    // India is UTC+5:30: 02:30 UTC is 08:00 there.
    ['2026-11-27T02:29:00Z', 'Asia/Kolkata', 8, null],
    ['2026-11-27T02:30:00Z', 'Asia/Kolkata', 8, '2026-11-27'],
    // Late on Friday in UTC is already Saturday morning on Kiritimati (UTC+14).
    ['2026-11-27T18:00:00Z', 'Pacific/Kiritimati', 8, '2026-11-28'],
  ])('at %s in %s with the hour %i → %s', (now, zone, hour, day) => {
    expect(dueDigestDay(new Date(now), zone, hour)).toBe(day);
  });

  it('refuses an hour that is not one', () => {
    for (const hour of [-1, 24, 7.5]) expect(() => dueDigestDay(new Date('2026-11-27T08:00:00Z'), 'UTC', hour)).toThrow(RangeError);
  });
});

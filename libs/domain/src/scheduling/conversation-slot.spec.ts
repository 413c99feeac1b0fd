import { suggestConversationSlot } from './conversation-slot';
import { zonedParts } from './time-zone';

const WEEK = 7 * 24 * 3_600_000;

describe('suggestConversationSlot: 10:00 on the next working day, in the organization’s time zone', () => {
  it.each([
    // now (UTC)              zone                   slot start (UTC)            local day
    ['2026-11-23T08:00:00Z', 'UTC', '2026-11-24T10:00:00.000Z', '2026-11-24'], // Monday morning → Tuesday, never the same day
    ['2026-11-26T23:59:00Z', 'UTC', '2026-11-27T10:00:00.000Z', '2026-11-27'], // Thursday → Friday
    ['2026-11-27T09:00:00Z', 'UTC', '2026-11-30T10:00:00.000Z', '2026-11-30'], // Friday → Monday
    ['2026-11-28T12:00:00Z', 'UTC', '2026-11-30T10:00:00.000Z', '2026-11-30'], // Saturday → Monday
    ['2026-11-29T12:00:00Z', 'UTC', '2026-11-30T10:00:00.000Z', '2026-11-30'], // Sunday → Monday
    // Thursday 21:30 in California (Friday in UTC): the next working day there is Friday.
    ['2026-11-27T05:30:00Z', 'America/Los_Angeles', '2026-11-27T18:00:00.000Z', '2026-11-27'],
    // Friday 20:00 UTC is Saturday 01:30 in India: Monday there.
    ['2026-11-27T20:00:00Z', 'Asia/Kolkata', '2026-11-30T04:30:00.000Z', '2026-11-30'],
    // Friday 27 March 2026 in Berlin → Monday 30 March, after the clocks went forward (CEST, UTC+2).
    ['2026-03-27T12:00:00Z', 'Europe/Berlin', '2026-03-30T08:00:00.000Z', '2026-03-30'],
    // Friday 10:00 UTC is already Saturday on Kiritimati (UTC+14): Monday there, Sunday 20:00 in UTC.
    ['2026-11-27T10:00:00Z', 'Pacific/Kiritimati', '2026-11-29T20:00:00.000Z', '2026-11-30'],
  ])('at %s in %s → %s', (now, zone, start, day) => {
    const slot = suggestConversationSlot(new Date(now), zone);
    expect(slot.start.toISOString()).toBe(start);
    expect(slot.day).toBe(day);
    expect(slot.end.getTime() - slot.start.getTime()).toBe(45 * 60_000);
  });

  it('is always a weekday at 10:00 local, after now and within the next week', () => {
    for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      // Every three hours through a fortnight that includes the end of daylight saving in Europe and America.
      for (let t = Date.parse('2026-10-20T00:00:00Z'); t < Date.parse('2026-11-03T00:00:00Z'); t += 3 * 3_600_000) {
        const slot = suggestConversationSlot(new Date(t), zone);
        const local = zonedParts(slot.start, zone);
        expect({ hour: local.hour, minute: local.minute, weekend: local.weekday === 0 || local.weekday === 6 }).toEqual({ hour: 10, minute: 0, weekend: false });
        expect(slot.start.getTime()).toBeGreaterThan(t);
        expect(slot.start.getTime() - t).toBeLessThanOrEqual(WEEK);
      }
    }
  });

  it('refuses an unknown zone or an invalid date', () => {
    expect(() => suggestConversationSlot(new Date('2026-11-27T00:00:00Z'), 'Nowhere/Special')).toThrow(RangeError);
    expect(() => suggestConversationSlot(new Date('nope'), 'UTC')).toThrow(RangeError);
  });
});

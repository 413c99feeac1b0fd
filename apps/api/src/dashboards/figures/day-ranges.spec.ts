import { DayRanges } from './day-ranges';

describe('DayRanges', () => {
  const ranges = [
    { startsOn: '2026-07-01', endsOn: '2026-09-30' },
    { startsOn: '2026-10-01', endsOn: '2026-11-25' },
    { startsOn: '2025-11-26', endsOn: '2026-11-25' },
  ];

  it('sorts days into every span that holds them, both ends included', () => {
    const days = ['2026-06-30', '2026-07-01', '2026-09-30', '2026-10-01', '2026-11-25', '2026-11-26', '2025-11-26'];
    expect(new DayRanges(ranges, 'UTC').bucket(days, (day) => day)).toEqual([
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-11-25'],
      ['2026-06-30', '2026-07-01', '2026-09-30', '2026-10-01', '2026-11-25', '2025-11-26'],
    ]);
  });

  it('places instants by the local day of the time zone', () => {
    // 03:00 UTC on 1 October is 20:00 on 30 September in Los Angeles, 05:00 on 1 October in Berlin.
    const instant = Date.parse('2026-10-01T03:00:00Z');
    expect(new DayRanges(ranges, 'America/Los_Angeles').bucket([instant], (ms) => ms).map((b) => b.length)).toEqual([1, 0, 1]);
    expect(new DayRanges(ranges, 'Europe/Berlin').bucket([instant], (ms) => ms).map((b) => b.length)).toEqual([0, 1, 1]);
    // The last instant of 25 November in Los Angeles (07:59:59.999 UTC on the 26th) is still in; the next is not.
    const endOfDay = Date.parse('2026-11-26T07:59:59.999Z');
    expect(new DayRanges(ranges, 'America/Los_Angeles').bucket([endOfDay, endOfDay + 1], (ms) => ms).map((b) => b.length)).toEqual([0, 1, 1]);
  });
});

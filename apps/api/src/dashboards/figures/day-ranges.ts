import { DayRange, instantAtLocalTime, nextCalendarDay } from '@onward/domain';

/**
 * Spans of local calendar days (quarters, the last twelve months, possibly overlapping), to sort
 * days and instants into, each item once: a dashboard has thousands of dated things and a few
 * spans, and filtering every list once per span cost it more than its SQL at 500 reports.
 */
export class DayRanges {
  private readonly fromMs: number[];
  private readonly toMs: number[];

  /** `timeZone` places instants: an instant falls in a span from its first local midnight to the one after its last day. */
  constructor(
    readonly ranges: readonly DayRange[],
    timeZone: string,
  ) {
    this.fromMs = ranges.map((range) => instantAtLocalTime(range.startsOn, 0, 0, timeZone).getTime());
    this.toMs = ranges.map((range) => instantAtLocalTime(nextCalendarDay(range.endsOn).day, 0, 0, timeZone).getTime());
  }

  /** One list per span, in the order of the spans, of the items whose day (YYYY-MM-DD) or instant (epoch ms) falls in it. */
  bucket<T>(items: Iterable<T>, when: (item: T) => string | number): T[][] {
    const buckets = this.ranges.map(() => [] as T[]);
    for (const item of items) {
      const at = when(item);
      for (let i = 0; i < this.ranges.length; i++) {
        const inside = typeof at === 'number' ? at >= this.fromMs[i] && at < this.toMs[i] : at >= this.ranges[i].startsOn && at <= this.ranges[i].endsOn;
        if (inside) buckets[i].push(item);
      }
    }
    return buckets;
  }
}

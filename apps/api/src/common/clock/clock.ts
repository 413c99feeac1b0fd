/**
 * Every "now" and "today" of the API comes from here, never from `new Date()` or SQL's `now()`,
 * so a test (and later a sweep replaying a day) can set the date.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today as YYYY-MM-DD in UTC. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  /**
   * Whether a calendar day lies after today anywhere on Earth: a day is accepted while it has begun
   * in the easternmost time zone (UTC+14), so nobody's "today" is refused.
   */
  isAfterTodayEverywhere(day: string): boolean {
    return day > new Date(this.now().getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  }

  /** A moment `days` whole days from now (negative for the past). */
  daysFromNow(days: number): Date {
    return new Date(this.now().getTime() + days * 86_400_000);
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock a test sets and moves by hand; it stands still otherwise. */
export class SettableClock extends Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(moment: Date | string): void {
    this.current = new Date(moment);
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

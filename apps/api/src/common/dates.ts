/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a calendar day lies after today anywhere on Earth: a day is accepted while it has begun
 * in the easternmost time zone (UTC+14), so nobody's "today" is refused.
 */
export function isAfterTodayEverywhere(day: string, now = new Date()): boolean {
  return day > todayUtc(new Date(now.getTime() + 14 * 3_600_000));
}

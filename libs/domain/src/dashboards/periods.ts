import { addDaysUtc, addMonthsUtc } from '../cadence/calendar';

/** A calendar quarter, by local calendar days (YYYY-MM-DD). */
export interface Quarter {
  /** e.g. "2026-Q3". */
  key: string;
  year: number;
  /** 1 to 4. */
  number: number;
  startsOn: string;
  endsOn: string;
}

/** A span of whole calendar days, both ends included (YYYY-MM-DD). */
export interface DayRange {
  startsOn: string;
  endsOn: string;
}

/** The dashboards' time series: the current quarter and the seven before it. */
export const DASHBOARD_QUARTERS = 8;
/** The dashboards' "recently": the twelve months up to today. */
export const TRAILING_MONTHS = 12;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): Date {
  const match = DAY.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw new RangeError(`not a calendar day: ${day}`);
  return date;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

function quarter(year: number, number: number): Quarter {
  const start = new Date(Date.UTC(year, (number - 1) * 3, 1));
  const end = new Date(Date.UTC(year, number * 3, 0));
  return { key: `${year}-Q${number}`, year, number, startsOn: iso(start), endsOn: iso(end) };
}

/** The quarter a local calendar day falls in. Days are the organization's: the caller reads them in its time zone. */
export function quarterOf(day: string): Quarter {
  const date = parseDay(day);
  return quarter(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
}

/** `count` quarters, oldest first, the last one holding `today`. */
export function lastQuarters(today: string, count: number = DASHBOARD_QUARTERS): Quarter[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number of at least 1, got ${count}`);
  const current = quarterOf(today);
  const index = current.year * 4 + current.number - 1;
  return Array.from({ length: count }, (_, i) => {
    const q = index - (count - 1) + i;
    return quarter(Math.floor(q / 4), (q % 4) + 1);
  });
}

/**
 * The `months` months up to and including `today`: from the day after the same day `months` earlier
 * (clamped to the month's end, as the cadence is), so twelve months up to 2026-11-25 start on 2025-11-26.
 */
export function trailingMonths(today: string, months: number = TRAILING_MONTHS): DayRange {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a whole number of at least 1, got ${months}`);
  return { startsOn: iso(addDaysUtc(addMonthsUtc(parseDay(today), -months), 1)), endsOn: today };
}

/** Whether a day lies in the range, both ends included. Days compare as text, being YYYY-MM-DD. */
export function inRange(day: string, range: DayRange): boolean {
  return day >= range.startsOn && day <= range.endsOn;
}

/** Whole days from one calendar day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

import { assertValidDate } from '../cadence/calendar';

/** An organization that has not chosen its time zone schedules in UTC. */
export const DEFAULT_TIME_ZONE = 'UTC';

const MINUTE = 60_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The IANA name to keep for a zone the runtime knows, or null for one it does not. Only the case
 * is corrected ("europe/berlin" → "Europe/Berlin"): a name the runtime would swap for an older
 * alias of the same zone ("Asia/Kolkata" for "Asia/Calcutta") stays as the person chose it.
 * Offsets such as "+02:00" are refused: a fixed offset knows nothing of daylight saving.
 */
export function canonicalTimeZone(name: string): string | null {
  if (name.length === 0 || name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return null;
  }
}

export interface ZonedParts {
  /** YYYY-MM-DD of the local calendar day. */
  day: string;
  year: number;
  /** 1 to 12. */
  month: number;
  dayOfMonth: number;
  hour: number;
  minute: number;
  /** 0 for Sunday to 6 for Saturday. */
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    if (canonicalTimeZone(timeZone) === null) throw new RangeError(`not a time zone: ${timeZone}`);
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  assertValidDate(instant, 'instant');
  const parts = Object.fromEntries(formatFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const year = Number(parts.year);
  const month = Number(parts.month);
  const dayOfMonth = Number(parts.day);
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    year,
    month,
    dayOfMonth,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** How far the zone's clocks are ahead of UTC at that instant, in milliseconds (whole minutes). */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  const asIfUtc = Date.UTC(p.year, p.month - 1, p.dayOfMonth, p.hour, p.minute);
  return asIfUtc - Math.floor(instant / MINUTE) * MINUTE;
}

/**
 * The instant a zone's clocks read `hour:minute` on the local day `day` (YYYY-MM-DD). The offset
 * is looked up twice, because the first guess may sit on the other side of a daylight-saving
 * change. A reading the clocks skip (inside a spring-forward gap) lands just after the gap.
 */
export function instantAtLocalTime(day: string, hour: number, minute: number, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a calendar day: ${day}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour, minute);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second);
}

/** The calendar day after `day` (YYYY-MM-DD), and its weekday (0 Sunday … 6 Saturday). */
export function nextCalendarDay(day: string): { day: string; weekday: number } {
  const next = new Date(`${day}T00:00:00Z`);
  assertValidDate(next, 'day');
  next.setUTCDate(next.getUTCDate() + 1);
  return { day: next.toISOString().slice(0, 10), weekday: next.getUTCDay() };
}

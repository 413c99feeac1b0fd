import { assertValidDate } from '../cadence/calendar';
import { instantAtLocalTime, nextCalendarDay, zonedParts } from './time-zone';

/** A suggested conversation is booked for this long. */
export const CONVERSATION_MINUTES = 45;
/** …starting at this local time, in the organization's time zone. */
export const SUGGESTED_SLOT_HOUR = 10;
export const SUGGESTED_SLOT_MINUTE = 0;

export interface ConversationSlot {
  start: Date;
  end: Date;
  /** The local day of the slot, YYYY-MM-DD in the organization's time zone. */
  day: string;
}

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * When to suggest a manager and a report meet: 10:00 on the next working day (Monday to Friday)
 * after today, as the organization's clocks read. Never today, so that the invite gives both a
 * day's notice; weekends skipped, so the slot is one to three days ahead, always within a week.
 * Public holidays are not known and not skipped: the manager moves the slot in their calendar.
 */
export function suggestConversationSlot(now: Date, timeZone: string): ConversationSlot {
  assertValidDate(now, 'now');
  let candidate = nextCalendarDay(zonedParts(now, timeZone).day);
  while (candidate.weekday === SATURDAY || candidate.weekday === SUNDAY) candidate = nextCalendarDay(candidate.day);
  const start = instantAtLocalTime(candidate.day, SUGGESTED_SLOT_HOUR, SUGGESTED_SLOT_MINUTE, timeZone);
  return { start, end: new Date(start.getTime() + CONVERSATION_MINUTES * 60_000), day: candidate.day };
}

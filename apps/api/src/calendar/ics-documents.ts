import type { ConversationSlot } from '@onward/domain';
import { createEvent, createEvents, type DateArray, type EventAttributes } from 'ics';

const PRODUCT_ID = '-//Onward//Onward//EN';

export interface CalendarPerson {
  name: string;
  email: string;
}

/** Which conversation an invite books; the title stays neutral, the description says which. */
export type InvitedConversation = 'INTERVIEW_PRACTICE' | 'SATISFACTION';

export interface ConversationInviteInput {
  /** A stable key from the caller (e.g. the nudge it belongs to): a resend updates the same event. */
  key: string;
  /** The host the UID is scoped to, the server's public host. */
  host: string;
  conversation: InvitedConversation;
  slot: ConversationSlot;
  /** The manager, who organises it. */
  organizer: CalendarPerson;
  /** The report, who is invited. */
  attendee: CalendarPerson;
  /** Where in Onward the conversation is prepared. */
  link: string;
  /** DTSTAMP: when the invite was made, from the API's clock. */
  now: Date;
}

const DESCRIPTIONS: Record<InvitedConversation, string> = {
  INTERVIEW_PRACTICE: 'Your interview-practice conversation: have you seen any open roles that interest you? Prepare it in Onward:',
  SATISFACTION: 'A conversation about satisfaction and belonging. Prepare it in Onward:',
};

/** `ics` takes DTSTAMP as `timestamp`, which its types leave out. */
type WithTimestamp = EventAttributes & { timestamp: number };

function written(result: { error: Error | null; value: string | null }): string {
  if (result.error || result.value === null) throw result.error ?? new Error('the calendar could not be written');
  return result.value;
}

/**
 * A METHOD:REQUEST invite for a 45-minute conversation between a manager (organizer) and a report
 * (attendee), which the manager can accept and send on from their calendar. The title names no
 * subject and the event is PRIVATE: calendars are seen by more people than mail is.
 */
export function conversationInvite(input: ConversationInviteInput): string {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(input.key)) throw new RangeError(`not an invite key: ${input.key}`);
  const event: WithTimestamp = {
    uid: `onward-${input.key}@${input.host}`,
    productId: PRODUCT_ID,
    method: 'REQUEST',
    sequence: 0,
    timestamp: input.now.getTime(),
    start: input.slot.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.slot.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `1:1 ${input.organizer.name} / ${input.attendee.name}`,
    description: `${DESCRIPTIONS[input.conversation]} ${input.link}`,
    url: input.link,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    classification: 'PRIVATE',
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: true, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
  };
  return written(createEvent(event));
}

export interface DueDayEvent {
  /** Stable per report and due day, so a calendar app updates rather than duplicates. */
  key: string;
  /** YYYY-MM-DD. */
  day: string;
  summary: string;
  link: string;
}

function dayArray(day: string, addDays = 0): DateArray {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** A subscribed calendar (METHOD:PUBLISH) of all-day events, one per due day. */
export function dueDayCalendar(name: string, host: string, events: DueDayEvent[], now: Date): string {
  if (events.length === 0) {
    // `ics` writes nothing for no events; a calendar app still wants a valid, empty calendar.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT_ID}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const attributes = events.map(
    (event): WithTimestamp => ({
      uid: `onward-${event.key}@${host}`,
      timestamp: now.getTime(),
      start: dayArray(event.day),
      end: dayArray(event.day, 1),
      title: event.summary,
      description: event.link,
      url: event.link,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      classification: 'PRIVATE',
    }),
  );
  return written(createEvents(attributes, { productId: PRODUCT_ID, method: 'PUBLISH', calName: name }));
}

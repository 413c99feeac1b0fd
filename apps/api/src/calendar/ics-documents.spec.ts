import { conversationInvite, dueDayCalendar } from './ics-documents';

/** Unfolds iCalendar lines (a continuation starts with a space or tab) so that assertions read whole properties. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const slot = { start: new Date('2026-11-30T09:00:00Z'), end: new Date('2026-11-30T09:45:00Z'), day: '2026-11-30' };
const invite = {
  key: 'nudge-4f1c',
  host: 'onward.example',
  conversation: 'INTERVIEW_PRACTICE' as const,
  slot,
  organizer: { name: 'Morgan Manager', email: 'morgan@example.com' },
  attendee: { name: 'Priya Patel', email: 'priya@example.com' },
  link: 'https://onward.example/team/r1/conversations/new?kind=INTERVIEW_PRACTICE',
  now: new Date('2026-11-27T08:15:00Z'),
};

describe('conversationInvite', () => {
  it('is a REQUEST for 45 minutes at the slot, organised by the manager, inviting the report', () => {
    const ics = unfold(conversationInvite(invite));
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain('UID:onward-nudge-4f1c@onward.example\r\n');
    expect(ics).toContain('DTSTAMP:20261127T081500Z\r\n');
    expect(ics).toContain('DTSTART:20261130T090000Z\r\n');
    expect(ics).toContain('DTEND:20261130T094500Z\r\n');
    expect(ics).toMatch(/ORGANIZER;CN="?Morgan Manager"?:MAILTO:morgan@example\.com\r\n/);
    expect(ics).toMatch(/ATTENDEE;RSVP=TRUE;ROLE="?REQ-PARTICIPANT"?;PARTSTAT="?NEEDS-ACTION"?;CN="?Priya Patel"?:mailto:priya@example\.com\r\n/);
    expect(ics).toContain('CLASS:PRIVATE\r\n');
    expect(ics).toContain('SUMMARY:1:1 Morgan Manager / Priya Patel\r\n');
    expect(ics).toContain('have you seen any open roles that interest you?');
  });

  it('keeps the same UID for the same key, and the subject out of the title', () => {
    const practice = unfold(conversationInvite(invite));
    const satisfaction = unfold(conversationInvite({ ...invite, conversation: 'SATISFACTION', now: new Date('2026-11-28T00:00:00Z') }));
    const uid = (ics: string) => ics.match(/^UID:(.*)$/m)?.[1];
    expect(uid(satisfaction)).toBe(uid(practice));
    expect(satisfaction).toContain('SUMMARY:1:1 Morgan Manager / Priya Patel\r\n');
    expect(satisfaction).toContain('satisfaction and belonging');
    expect(satisfaction).not.toContain('interview-practice');
  });

  it('refuses a key that could break the UID', () => {
    expect(() => conversationInvite({ ...invite, key: 'a b' })).toThrow(RangeError);
  });
});

describe('dueDayCalendar', () => {
  it('publishes one all-day event per due day', () => {
    const ics = unfold(
      dueDayCalendar(
        'Onward: practice due',
        'onward.example',
        [
          { key: 'practice-r1-2027-03-12', day: '2027-03-12', summary: 'Interview practice with Priya Patel due', link: 'https://onward.example/team/r1' },
          { key: 'practice-r2-2026-12-31', day: '2026-12-31', summary: 'Interview practice with Sam Lee due', link: 'https://onward.example/team/r2' },
        ],
        new Date('2026-11-27T08:15:00Z'),
      ),
    );
    expect(ics).toContain('METHOD:PUBLISH\r\n');
    expect(ics).toContain('X-WR-CALNAME:Onward: practice due\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270312\r\nDTEND;VALUE=DATE:20270313\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('UID:onward-practice-r2-2026-12-31@onward.example\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('is a valid empty calendar when nothing is due', () => {
    const ics = dueDayCalendar('Onward: practice due', 'onward.example', [], new Date('2026-11-27T08:15:00Z'));
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(ics).not.toContain('VEVENT');
  });
});

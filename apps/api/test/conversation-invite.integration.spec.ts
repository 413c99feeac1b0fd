import { actAsSystem } from '../src/auth/viewer';
import { ConversationInvites } from '../src/calendar/conversation-invites.service';
import { SettableClock } from '../src/common/clock/clock';
import { Mailer } from '../src/mail/mailer.service';
import { renderNudgeMail } from '../src/mail/templates/nudge-mails';
import { signUpOrganization } from './builders';
import { UPDATE_ORGANIZATION } from './operations';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the calendar invite a nudge mail carries', () => {
  // Friday 27 November 2026, 16:00 in Berlin.
  const clock = new SettableClock('2026-11-27T15:00:00Z');
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ clock, mail: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });

  async function organizationIn(timeZone: string): Promise<string> {
    const org = await signUpOrganization(app);
    const { updateOrganization } = await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone } });
    return updateOrganization.id;
  }

  const request = {
    key: 'nudge-0b7e',
    conversation: 'INTERVIEW_PRACTICE' as const,
    manager: { name: 'Morgan Manager', email: 'morgan@example.com' },
    report: { name: 'Priya Patel', email: 'priya@example.com' },
    link: 'http://onward.test/team/r1',
  };

  it('books 10:00 on the next working day in the organization’s time zone, and arrives as an invite', async () => {
    const organizationId = await organizationIn('Europe/Berlin');
    const { slot, attachment } = await actAsSystem(organizationId, 'test', (actor) => app.app.get(ConversationInvites).build(actor, request));
    // Friday afternoon → Monday 30 November, 10:00 CET = 09:00 UTC.
    expect(slot).toEqual({ start: new Date('2026-11-30T09:00:00Z'), end: new Date('2026-11-30T09:45:00Z'), day: '2026-11-30' });

    const mail = renderNudgeMail('PRACTICE_DUE_SOON', { recipientName: 'Morgan Manager', reportName: 'Priya Patel', dueOn: '2026-12-20', link: request.link, unsubscribeLink: 'http://onward.test/unsubscribe?token=t' });
    const before = sink.received.length;
    await app.app.get(Mailer).send({ to: { name: 'Morgan Manager', address: 'morgan@example.com' }, ...mail, calendar: attachment });
    const [received] = (await sink.waitFor(before + 1)).slice(before);
    expect(received.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    const invite = received.parsed.attachments.find((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics');
    const ics = unfold(invite!.content.toString('utf8'));
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain('DTSTART:20261130T090000Z\r\n');
    expect(ics).toContain('DTEND:20261130T094500Z\r\n');
    expect(ics).toContain('DTSTAMP:20261127T150000Z\r\n');
    expect(ics).toContain('UID:onward-nudge-0b7e@onward.test\r\n');
    expect(ics).toMatch(/ORGANIZER;CN="?Morgan Manager"?:MAILTO:morgan@example\.com/);
    expect(ics).toMatch(/ATTENDEE;[^\r]*CN="?Priya Patel"?:mailto:priya@example\.com/);
  });

  it('follows the organization’s clock: in Los Angeles it is still Friday morning there, so the slot is Monday 10:00 Pacific', async () => {
    clock.set('2026-11-27T15:00:00Z'); // 07:00 Friday in Los Angeles
    const organizationId = await organizationIn('America/Los_Angeles');
    const { slot } = await actAsSystem(organizationId, 'test', (actor) => app.app.get(ConversationInvites).build(actor, request));
    expect(slot.start.toISOString()).toBe('2026-11-30T18:00:00.000Z');
    clock.set('2026-11-26T15:00:00Z'); // Thursday: Friday is the next working day
    const thursday = await actAsSystem(organizationId, 'test', (actor) => app.app.get(ConversationInvites).build(actor, request));
    expect(thursday.slot.start.toISOString()).toBe('2026-11-27T18:00:00.000Z');
  });
});

import ICAL from 'ical.js';
import { SettableClock } from '../src/common/clock/clock';
import { signUpOrganization, type Member } from './builders';
import { MY_NOTIFICATION_SETTINGS } from './notification-settings-operations';
import { calendarPartOf, deliverWaiting, nudgeMailTo, outboxIdOf, outboxOf } from './nudge-mail-support';
import { organizationOf } from './nudges-support';
import { UPDATE_ORGANIZATION } from './operations';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

/**
 * What a nudge mail carries, as the mail server received it: plain text and simple HTML that say
 * what awaits and never what the role is, the one-click unsubscribe headers that work, and for the
 * practice and satisfaction nudges a calendar invite that a calendar program can read.
 */
describe('what a nudge mail carries', () => {
  // Friday 27 November 2026, 16:00 in Berlin: the invite's slot is Monday 10:00 there.
  const clock = new SettableClock('2026-11-27T15:00:00Z');
  let sink: SmtpSink;
  let app: TestApp;
  let mails: Map<string, ReceivedMail>;
  let nudgeIds: Map<string, string>;
  let manager: Member;
  let report: Member;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ clock, mail: { smtpUrl: sink.url } });
    const org = await signUpOrganization(app);
    await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone: 'Europe/Berlin' } });
    manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    report = await org.addMember({ name: 'Priya Patel', managerId: manager.id, levelKey: 'IC3' });
    // A same-level role: ROLE_SHARED and SATISFACTION_TALK_SUGGESTED, besides PRACTICE_DUE_SOON.
    const { createInterestingRole } = await report.client.ok(CREATE_ROLE, { input: { title: 'Senior Engineer at Globex' } });
    await report.client.ok(SHARE_ROLE, { id: createInterestingRole.id, message: 'Worth a chat?' });
    const organizationId = await organizationOf(app, manager.id);
    expect(await deliverWaiting(app, organizationId)).toMatchObject({ SENT: 3 });
    const rows = await outboxOf(app, organizationId);
    const kindOf = new Map(rows.map((r) => [r.id, r.kind!]));
    nudgeIds = new Map(rows.map((r) => [r.kind!, r.nudge_id!]));
    mails = new Map(nudgeMailTo(sink, manager.email).map((m) => [kindOf.get(outboxIdOf(m.parsed)!)!, m]));
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });

  it('is plain text and simple HTML, says what awaits, links into Onward, and never carries the role or the report’s message', () => {
    const mail = mails.get('PRACTICE_DUE_SOON')!;
    // ONWARD_PRINT_MAIL=1 prints one mail as received: its headers and its plain-text part, decoded.
    if (process.env.ONWARD_PRINT_MAIL) console.log(`${mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'))}\n\n${mail.parsed.text}`);
    expect(mail.parsed.text).toBe(
      [
        'Hi Morgan,',
        '',
        'Your next interview-practice conversation with Priya Patel is due by Sunday, 27 December 2026.',
        '',
        'It need not take long: ask whether they have seen any open roles that interest them, and whether one is worth interviewing for. A debrief after a real interview counts too.',
        '',
        `Plan the conversation: http://onward.test/team/${report.id}/conversations/new?kind=INTERVIEW_PRACTICE`,
        '',
        '-- ',
        'You get this email because Priya Patel reports to you in Onward.',
        'Choose which emails you get, and whether they come one by one or as a daily digest, on your Account page: http://onward.test/account',
        `Unsubscribe: ${mail.parsed.text!.match(/Unsubscribe: (\S+)/)![1]}`,
        '',
      ].join('\n'),
    );
    expect(mail.parsed.html).toContain('<a href="http://onward.test/team/');
    for (const received of mails.values()) expect(received.raw).not.toMatch(/Globex|Senior Engineer|Worth a chat/);
    expect(mails.get('ROLE_SHARED')!.parsed.text).toContain(`Open the role: http://onward.test/roles/`);
  });

  it('carries the one-click unsubscribe headers, whose link turns off that kind alone', async () => {
    const mail = mails.get('ROLE_SHARED')!;
    // The header's value as written (a long one folds over lines).
    const header = (key: string) => mail.parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '');
    const url = /^<([^>]+)>$/.exec(header('list-unsubscribe') ?? '')![1];
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.parsed.text).toContain(`Unsubscribe: ${url}`);
    const base = app.url.replace(/\/graphql$/, '');
    const response = await fetch(url.replace('http://onward.test', base), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const { myNotificationSettings } = await manager.client.ok(MY_NOTIFICATION_SETTINGS);
    expect(myNotificationSettings.kinds.filter((k) => !k.email).map((k) => k.kind)).toEqual(['ROLE_SHARED']);
  });

  it.each([
    ['PRACTICE_DUE_SOON', 'interview-practice'],
    ['SATISFACTION_TALK_SUGGESTED', 'satisfaction and belonging'],
  ])('%s carries an invite: METHOD:REQUEST, 45 minutes at 10:00 on the next working day in the organization’s zone, the manager organizing, the report invited', (kind, about) => {
    const mail = mails.get(kind)!;
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    const calendar = new ICAL.Component(ICAL.parse(calendarPartOf(mail)!));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`onward-nudge-${nudgeIds.get(kind)}@onward.test`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect((event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()) / 60_000).toBe(45);
    expect(event.description).toContain(about);
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe(`mailto:${manager.email.toLowerCase()}`);
    expect(vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase())).toEqual([`mailto:${report.email.toLowerCase()}`]);
  });

  it('carries no invite for a shared role', () => {
    expect(calendarPartOf(mails.get('ROLE_SHARED')!)).toBeNull();
  });
});

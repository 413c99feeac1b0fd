import { DEFAULT_MAIL_PREFERENCES, MAIL_DELIVERIES, NUDGE_KINDS, nudgeMailing, type MailPreferences } from '@onward/domain';
import { SettableClock } from '../src/common/clock/clock';
import { nudgeMailingSql } from '../src/notification-settings/notification-settings.queries';
import { signUpOrganization, type Member, type TestOrganization } from './builders';
import type { UpdateNotificationSettingsInput } from './generated/graphql';
import { UPDATE_MY_NOTIFICATION_SETTINGS } from './notification-settings-operations';
import { deliverWaiting, gatherDigests, nudgeMailTo, outboxIdOf, outboxOf } from './nudge-mail-support';
import { inboxOf, organizationOf } from './nudges-support';
import { UPDATE_ORGANIZATION } from './operations';
import { CREATE_ROLE, ROLE, SHARE_ROLE } from './roles-operations';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

/** Each person's mail settings decide what is queued, what is still sent, and whether it comes as a daily digest. */
describe('nudge mail and each person’s settings', () => {
  const clock = new SettableClock('2026-06-01T10:00:00Z');
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ clock, mail: { smtpUrl: sink.url }, config: { sessionDays: 800, sessionMaxDays: 800 } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(() => clock.set('2026-06-01T10:00:00Z'));

  interface Team {
    org: TestOrganization;
    organizationId: string;
    manager: Member;
  }

  /** A manager who chose `settings` before any report joined. */
  async function managerWith(settings: UpdateNotificationSettingsInput, timeZone?: string): Promise<Team> {
    const org = await signUpOrganization(app);
    if (timeZone) await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone } });
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    await manager.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: settings });
    return { org, organizationId: await organizationOf(app, manager.id), manager };
  }

  const report = (t: Team, name: string) => t.org.addMember({ name, managerId: t.manager.id, levelKey: 'IC3' });

  async function shareStepUp(member: Member): Promise<string> {
    const { createInterestingRole } = await member.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer at Globex' } });
    await member.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    return createInterestingRole.id;
  }

  it('with mail off, nudges still reach the inbox and nothing is queued or sent', async () => {
    const t = await managerWith({ emailEnabled: false });
    await report(t, 'Priya Report');
    expect((await inboxOf(t.manager.client, 'OPEN')).map((n) => n.kind)).toEqual(['PRACTICE_DUE_SOON']);
    expect(await outboxOf(app, t.organizationId)).toEqual([]);
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0 });
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);
  });

  it('a muted kind is not mailed; the other kinds are', async () => {
    const t = await managerWith({ kinds: [{ kind: 'ROLE_SHARED', email: false }] });
    await shareStepUp(await report(t, 'Priya Report'));
    expect((await inboxOf(t.manager.client, 'OPEN')).map((n) => n.kind).sort()).toEqual(['PRACTICE_DUE_SOON', 'ROLE_SHARED']);
    expect((await outboxOf(app, t.organizationId)).map((r) => r.kind)).toEqual(['PRACTICE_DUE_SOON']);
    await deliverWaiting(app, t.organizationId);
    expect(nudgeMailTo(sink, t.manager.email).map((m) => m.parsed.subject)).toEqual(['Interview practice with Priya Report is due by Wednesday, 1 July 2026']);
  });

  it('mail turned off after a nudge was queued is not sent', async () => {
    const t = await managerWith({});
    await report(t, 'Priya Report');
    await t.manager.client.ok(UPDATE_MY_NOTIFICATION_SETTINGS, { input: { emailEnabled: false } });
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0, SKIPPED: 1 });
    expect((await outboxOf(app, t.organizationId)).map((r) => r.skip_reason)).toEqual(['MAIL_OFF']);
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);
  });

  it('a daily digest: one mail a day from the digest hour in the organization’s time zone, listing what is open and was not mailed yet', async () => {
    // 10:00 UTC is 06:00 in New York (EDT): before the digest hour (08:00) there.
    const t = await managerWith({ delivery: 'DAILY_DIGEST' }, 'America/New_York');
    await report(t, 'Priya Report');
    const roleId = await shareStepUp(await report(t, 'Sam Report'));
    expect(await outboxOf(app, t.organizationId)).toEqual([]);
    expect(await gatherDigests(app, t.organizationId)).toEqual([]);

    clock.set('2026-06-01T12:00:00Z'); // 08:00 in New York
    const [digestId, ...more] = await gatherDigests(app, t.organizationId);
    expect(more).toEqual([]);
    expect(await gatherDigests(app, t.organizationId)).toEqual([]); // once a day, however often the job runs
    const rows = await outboxOf(app, t.organizationId);
    expect(rows.filter((r) => r.digest_id === null)).toMatchObject([{ id: digestId, digest_day: '2026-06-01', nudge_id: null, recipient_id: t.manager.id }]);
    expect(rows.filter((r) => r.digest_id === digestId).map((r) => r.kind).sort()).toEqual(['PRACTICE_DUE_SOON', 'PRACTICE_DUE_SOON', 'ROLE_SHARED']);

    // Opened before the digest left: it is not listed.
    await t.manager.client.ok(ROLE, { id: roleId });
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 1 });
    const [digest] = nudgeMailTo(sink, t.manager.email);
    expect(outboxIdOf(digest.parsed)).toBe(digestId);
    expect(digest.parsed.subject).toBe('2 things in Onward need your attention');
    expect(digest.parsed.text).toContain(
      '- Interview practice with Priya Report is due by Wednesday, 1 July 2026\n- Interview practice with Sam Report is due by Wednesday, 1 July 2026',
    );
    expect(digest.raw).not.toMatch(/Globex|Staff Engineer|shared a role/);
    expect(digest.parsed.text).toMatch(/Unsubscribe: http:\/\/onward\.test\/unsubscribe\?token=[^\s]+\.ALL\./);
    expect((await outboxOf(app, t.organizationId)).map((r) => `${r.kind ?? 'DIGEST'}:${r.sent}:${r.skip_reason}`).sort()).toEqual([
      'DIGEST:true:null',
      'PRACTICE_DUE_SOON:true:null',
      'PRACTICE_DUE_SOON:true:null',
      'ROLE_SHARED:false:RESOLVED',
    ]);

    // Later that day another nudge: it waits for the next day's digest, which lists only it.
    await report(t, 'Ola Report');
    expect(await gatherDigests(app, t.organizationId)).toEqual([]);
    clock.set('2026-06-02T12:30:00Z');
    expect(await gatherDigests(app, t.organizationId)).toHaveLength(1);
    await deliverWaiting(app, t.organizationId);
    const digests = nudgeMailTo(sink, t.manager.email);
    expect(digests.map((m) => m.parsed.subject)).toEqual(['2 things in Onward need your attention', 'One thing in Onward needs your attention']);
    expect(digests[1].parsed.text).toContain('- Interview practice with Ola Report is due by Wednesday, 1 July 2026');
  });

  it('decides in SQL exactly as the domain rule does, for every kind and setting', async () => {
    const settings: (MailPreferences | null)[] = [null];
    for (const emailEnabled of [true, false]) {
      for (const delivery of MAIL_DELIVERIES) {
        for (const mutedKinds of [[], ['ROLE_SHARED'], ['PRACTICE_OVERDUE', 'DEBRIEF_PENDING']] as const) settings.push({ emailEnabled, delivery, mutedKinds });
      }
    }
    const cases = settings.flatMap((s) => NUDGE_KINDS.map((kind) => ({ kind, has_row: s !== null, email_enabled: s?.emailEnabled, delivery: s?.delivery, muted_kinds: s?.mutedKinds })));
    const numbered = cases.map((c, n) => ({ ...c, n }));
    const rows: { mailing: string }[] = await app.db.query(
      `SELECT ${nudgeMailingSql('s', 'c.kind')} AS mailing
         FROM json_to_recordset($1::json) AS c(kind text, has_row boolean, email_enabled boolean, delivery text, muted_kinds text[], n int)
         LEFT JOIN LATERAL (SELECT c.email_enabled, c.delivery, c.muted_kinds WHERE c.has_row) s ON true
        ORDER BY c.n`,
      [JSON.stringify(numbered)],
    );
    expect(rows.map((r) => r.mailing)).toEqual(cases.map((c, i) => nudgeMailing(settings[Math.floor(i / NUDGE_KINDS.length)] ?? DEFAULT_MAIL_PREFERENCES, c.kind)));
  });
});

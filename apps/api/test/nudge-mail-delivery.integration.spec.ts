import { SettableClock } from '../src/common/clock/clock';
import { readNudgeMail } from '../src/config/app-config';
import { MailClaimHeld } from '../src/nudge-mail/nudge-mail-delivery.service';
import { signUpOrganization, type Member, type TestOrganization } from './builders';
import { deliverOne, deliverWaiting, nudgeMailTo, outboxIdOf, outboxOf } from './nudge-mail-support';
import { inboxOf, organizationOf, sweep } from './nudges-support';
import { DISMISS_NUDGE } from './nudges-operations';
import { UPDATE_PERSON } from './operations';
import { CREATE_ROLE, ROLE, SHARE_ROLE } from './roles-operations';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

/**
 * Nudge mail end to end, against a real SMTP server: the sweep (or a request's own sweep) writes
 * the outbox with the nudges, delivery sends each row once, to the report's manager as they are
 * when it leaves, and a crash between the server's acceptance and the commit costs one resend
 * with the same Message-ID, never a lost nudge.
 */
describe('nudge mail delivery', () => {
  const clock = new SettableClock('2026-06-01T10:00:00Z');
  const LEASE_SECONDS = 300;
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ clock, mail: { smtpUrl: sink.url }, config: { sessionDays: 800, sessionMaxDays: 800, nudgeMail: { ...readNudgeMail(), leaseSeconds: LEASE_SECONDS } } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(() => {
    clock.set('2026-06-01T10:00:00Z');
    sink.behave('ACCEPT');
    sink.beforeAccepting(null);
  });

  interface Team {
    org: TestOrganization;
    organizationId: string;
    manager: Member;
    reports: Member[];
  }

  /** A manager with `size` reports: each new report raises PRACTICE_DUE_SOON for them at once. */
  async function team(size = 1): Promise<Team> {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const reports: Member[] = [];
    for (let i = 1; i <= size; i += 1) reports.push(await org.addMember({ name: `Priya Report${i}`, managerId: manager.id, levelKey: 'IC3' }));
    return { org, organizationId: await organizationOf(app, manager.id), manager, reports };
  }

  async function share(member: Member, title: string): Promise<string> {
    const { createInterestingRole } = await member.client.ok(CREATE_ROLE, { input: { title } });
    await member.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    return createInterestingRole.id;
  }

  it('mails each new nudge once, to the report’s manager, and nothing more when the sweep or the delivery runs again', async () => {
    const t = await team(2);
    // A step-up role: only ROLE_SHARED besides the practice nudges.
    await share(t.reports[0], 'Staff Engineer at Globex');
    const other = await t.org.addMember({ name: 'Olu Other', levelKey: 'M1' });
    await t.org.addMember({ name: 'Sam Theirs', managerId: other.id, levelKey: 'IC3' });
    await sweep(app, t.organizationId);

    const rows = await outboxOf(app, t.organizationId);
    const inbox = await inboxOf(t.manager.client, 'OPEN');
    expect(inbox.map((n) => n.kind).sort()).toEqual(['PRACTICE_DUE_SOON', 'PRACTICE_DUE_SOON', 'ROLE_SHARED']);
    // One row per nudge, each for the nudge's recipient.
    expect(rows.filter((r) => r.recipient_id === t.manager.id).map((r) => r.nudge_id).sort()).toEqual(inbox.map((n) => n.id).sort());
    expect(rows.filter((r) => r.recipient_id === other.id)).toHaveLength(1);

    expect(await deliverWaiting(app, t.organizationId)).toEqual({ SENT: 4, SKIPPED: 0, ALREADY_SETTLED: 0, GAVE_UP: 0, FAILED: 0 });
    const mine = nudgeMailTo(sink, t.manager.email);
    expect(mine.map((m) => m.parsed.subject).sort()).toEqual([
      'Interview practice with Priya Report1 is due by Wednesday, 1 July 2026',
      'Interview practice with Priya Report2 is due by Wednesday, 1 July 2026',
      'Priya Report1 shared a role with you',
    ]);
    for (const mail of mine) {
      expect(mail.envelopeTo).toEqual([t.manager.email]);
      expect(mail.parsed.messageId).toBe(`<outbox-${outboxIdOf(mail.parsed)}@onward.test>`);
      // What awaits, never the role itself.
      expect(mail.raw).not.toMatch(/Globex|Staff Engineer/);
    }
    expect(new Set(mine.map((m) => outboxIdOf(m.parsed)))).toEqual(new Set(rows.filter((r) => r.recipient_id === t.manager.id).map((r) => r.id)));
    expect(nudgeMailTo(sink, other.email).map((m) => m.parsed.subject)).toEqual(['Interview practice with Sam Theirs is due by Wednesday, 1 July 2026']);

    const before = sink.received.length;
    expect(await sweep(app, t.organizationId)).toMatchObject({ raised: 0 });
    expect(await outboxOf(app, t.organizationId)).toHaveLength(rows.length);
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0, FAILED: 0 });
    for (const row of rows) expect(await deliverOne(app, t.organizationId, row.id)).toBe('ALREADY_SETTLED');
    expect(sink.received.length).toBe(before);
  });

  it('tells a former manager nothing: what was queued for them before the line changed is skipped', async () => {
    const t = await team(1);
    const [report] = t.reports;
    await share(report, 'Staff Engineer at Globex');
    const next = await t.org.addMember({ name: 'Noa Next', levelKey: 'M1' });
    clock.set('2026-06-03T09:00:00Z');
    await t.org.admin.client.ok(UPDATE_PERSON, { id: report.id, input: { managerId: next.id } });

    await deliverWaiting(app, t.organizationId);
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);
    const rows = await outboxOf(app, t.organizationId);
    const former = rows.filter((r) => r.recipient_id === t.manager.id);
    expect(former.map((r) => `${r.kind}:${r.sent}:${r.skip_reason}`).sort()).toEqual(['PRACTICE_DUE_SOON:false:RESOLVED', 'ROLE_SHARED:false:MANAGER_CHANGED']);
    // The new manager's own new nudge (practice starts over with them) is theirs to get.
    expect(nudgeMailTo(sink, next.email).map((m) => m.parsed.subject)).toEqual(['Interview practice with Priya Report1 is due by Friday, 3 July 2026']);
  });

  it('does not mail a nudge that was resolved or dismissed before its mail left', async () => {
    const t = await team(1);
    const [report] = t.reports;
    const roleId = await share(report, 'Staff Engineer at Globex');
    // The manager's first look resolves ROLE_SHARED; they dismiss the practice nudge in the app.
    await t.manager.client.ok(ROLE, { id: roleId });
    const practice = (await inboxOf(t.manager.client, 'OPEN')).find((n) => n.kind === 'PRACTICE_DUE_SOON')!;
    await t.manager.client.ok(DISMISS_NUDGE, { id: practice.id });

    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0, SKIPPED: 2 });
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);
    expect((await outboxOf(app, t.organizationId)).map((r) => `${r.kind}:${r.skip_reason}`).sort()).toEqual(['PRACTICE_DUE_SOON:DISMISSED', 'ROLE_SHARED:RESOLVED']);
  });

  it('skips a mail whose nudge is gone (nothing in Onward deletes one; an operator might)', async () => {
    const t = await team(1);
    const [row] = await outboxOf(app, t.organizationId);
    await app.db.query('DELETE FROM nudges WHERE id = $1', [row.nudge_id]);
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0, SKIPPED: 1 });
    expect((await outboxOf(app, t.organizationId)).map((r) => r.skip_reason)).toEqual(['NUDGE_GONE']);
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);
  });

  it('keeps a mail the SMTP server refused, releases it at once, and delivers it once the server accepts', async () => {
    const t = await team(1);
    sink.behave('REJECT');
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 0, FAILED: 1 });
    const [refused] = await outboxOf(app, t.organizationId);
    expect(refused).toMatchObject({ sent: false, claimed: false, attempts: 1, skip_reason: null });
    expect(refused.last_error).toMatch(/550/);
    expect(nudgeMailTo(sink, t.manager.email)).toEqual([]);

    sink.behave('ACCEPT');
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 1, FAILED: 0 });
    expect(nudgeMailTo(sink, t.manager.email).map((m) => m.parsed.messageId)).toEqual([`<outbox-${refused.id}@onward.test>`]);
    expect((await outboxOf(app, t.organizationId))[0]).toMatchObject({ sent: true, attempts: 2, last_error: null });
  });

  it('after a worker died between the server’s acceptance and its commit, sends that mail again after the lease, with the same Message-ID, and loses nothing', async () => {
    const t = await team(3);
    const rows = await outboxOf(app, t.organizationId);
    expect(rows).toHaveLength(3);

    // The second mail of the batch: hold its row so the worker's record of the send waits, then
    // cut that worker's connection, as a crash would, once the server has taken the mail.
    const locker = app.db.createQueryRunner();
    await locker.connect();
    let victim: string | null = null;
    let arrived = 0;
    sink.beforeAccepting(async (mail) => {
      arrived += 1;
      if (arrived !== 2) return;
      victim = outboxIdOf(mail.parsed);
      await locker.startTransaction();
      await locker.query('SELECT id FROM nudge_outbox WHERE id = $1 FOR UPDATE', [victim]);
    });
    const batch = deliverWaiting(app, t.organizationId, 1);
    let blocked: { pid: number }[] = [];
    while (blocked.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      blocked = await app.db.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE nudge_outbox o%'`,
      );
    }
    await app.db.query('SELECT pg_terminate_backend($1)', [blocked[0].pid]);
    await locker.rollbackTransaction();
    await locker.release();
    sink.beforeAccepting(null);
    // The pool may lend the cut connection once more before it notices: a later row can fail too, unclaimed.
    expect((await batch).SENT).toBeGreaterThanOrEqual(1);

    // The row is still unsent and its claim holds: nobody sends it before the lease has run out.
    const unsent = (await outboxOf(app, t.organizationId)).find((r) => r.id === victim)!;
    expect(unsent).toMatchObject({ sent: false, claimed: true, attempts: 1 });
    await expect(deliverOne(app, t.organizationId, victim!)).rejects.toBeInstanceOf(MailClaimHeld);
    await deliverWaiting(app, t.organizationId);
    expect(nudgeMailTo(sink, t.manager.email).filter((m) => outboxIdOf(m.parsed) === victim)).toHaveLength(1);
    expect((await outboxOf(app, t.organizationId)).filter((r) => !r.sent).map((r) => r.id)).toEqual([victim]);

    clock.set(new Date(clock.now().getTime() + (LEASE_SECONDS + 1) * 1000));
    expect(await deliverWaiting(app, t.organizationId)).toMatchObject({ SENT: 1, FAILED: 0 });

    const mails = nudgeMailTo(sink, t.manager.email);
    const ids = mails.map((m) => outboxIdOf(m.parsed));
    // Every nudge arrived; only the one in the window twice, both times as the same message.
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    expect(ids.filter((id) => id === victim)).toHaveLength(2);
    expect(mails).toHaveLength(4);
    expect((await outboxOf(app, t.organizationId)).every((r) => r.sent)).toBe(true);
  });
});

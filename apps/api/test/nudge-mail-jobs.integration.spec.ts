import { readJobs, readNudgeMail } from '../src/config/app-config';
import { NUDGE_MAIL_JOB } from '../src/nudge-mail/nudge-mail.jobs';
import { NudgeOutbox } from '../src/nudge-mail/nudge-outbox.service';
import { signUpOrganization } from './builders';
import { nudgeMailTo, outboxIdOf, outboxOf, type OutboxRow } from './nudge-mail-support';
import { organizationOf } from './nudges-support';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * The outbox as the API runs it: pg-boss delivers each row in a job of its own, retries a refused
 * mail with backoff, and a pass queues again any row whose job was never queued. The test's own
 * timeout bounds every wait below.
 */
describe('nudge mail through the job queue', () => {
  let sink: SmtpSink;
  let app: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    // Jobs looked for every second; retries after a second, then two; no scheduled sweep gets in the way.
    const jobs = { ...readJobs(), enabled: true, pollSeconds: 1, nudgeSweepCron: '0 0 1 1 *' };
    app = await startTestApp({ mail: { smtpUrl: sink.url }, config: { jobs, nudgeMail: { ...readNudgeMail(), retryDelaySeconds: 1 } } });
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      await pause();
    }
  }

  const mailTo = (address: string, count: number) => until<ReceivedMail[]>(async () => nudgeMailTo(sink, address), (mails) => mails.length >= count);

  async function jobsFor(outboxId: string): Promise<{ state: string; retry_count: number }[]> {
    return app.db.query(`SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND singleton_key = $2`, [NUDGE_MAIL_JOB, outboxId]);
  }

  it('mails a new nudge from its own job, and retries a refused mail until the server takes it', async () => {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const organizationId = await organizationOf(app, manager.id);
    sink.behave('REJECT');
    await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: 'IC3' });
    const [refused] = await until<OutboxRow[]>(() => outboxOf(app, organizationId), (rows) => rows.length === 1 && rows[0].last_error !== null);
    expect(refused).toMatchObject({ sent: false, attempts: 1 });
    sink.behave('ACCEPT');

    const [mail] = await mailTo(manager.email, 1);
    expect(outboxIdOf(mail.parsed)).toBe(refused.id);
    const [sent] = await until<OutboxRow[]>(() => outboxOf(app, organizationId), (rows) => rows[0].sent);
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(await until(() => jobsFor(refused.id), (jobs) => jobs[0]?.state === 'completed')).toEqual([{ state: 'completed', retry_count: sent.attempts - 1 }]);
  });

  it('queues again, once, a row whose job was never queued', async () => {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const report = await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: 'IC3' });
    const organizationId = await organizationOf(app, manager.id);
    await mailTo(manager.email, 1);
    // As if an instance had committed the nudge and its mail, then died before queueing the job.
    const [{ id: outboxId }]: { id: string }[] = await app.db.query(
      `WITH nudge AS (
         INSERT INTO nudges (organization_id, kind, report_id, recipient_id, dedup_key, raised_at)
         VALUES ($1, 'DEBRIEF_PENDING', $2, $3, 'written-without-a-job', now()) RETURNING id
       )
       INSERT INTO nudge_outbox (organization_id, nudge_id, recipient_id) SELECT $1, id, $3 FROM nudge RETURNING id`,
      [organizationId, report.id, manager.id],
    );
    expect(await jobsFor(outboxId)).toEqual([]);

    const outbox = app.app.get(NudgeOutbox);
    // Twice, as two instances' passes would: one job for the row.
    await Promise.all([outbox.pickUpEveryOrganization(), outbox.pickUpEveryOrganization()]);
    const mails = await mailTo(manager.email, 2);
    expect(mails[1].parsed.subject).toBe('Priya Report has an interview to debrief');
    expect(outboxIdOf(mails[1].parsed)).toBe(outboxId);
    expect(await until(() => jobsFor(outboxId), (jobs) => jobs[0]?.state === 'completed')).toEqual([{ state: 'completed', retry_count: 0 }]);
  });
});

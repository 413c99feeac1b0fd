import { actAsSystem } from '../../src/auth/viewer';
import { readJobs, readLimits } from '../../src/config/app-config';
import { NudgeMailDelivery } from '../../src/nudge-mail/nudge-mail-delivery.service';
import { nudgeMailsOfRaisedSql } from '../../src/nudge-mail/nudge-outbox.queries';
import { NudgeSweepService } from '../../src/nudges/nudge-sweep.service';
import { signUpOrganization } from '../builders';
import { organizationOf } from '../nudges-support';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestApp, type TestApp } from '../test-app';

// Nudge mail, timed (not run by npm test; timings on a shared machine are no assertion):
//   DATABASE_URL=… npx jest -c apps/api/jest.config.ts --testMatch '**/bench/nudge-mail.bench.ts'
// 1. What the outbox adds to a first sweep of ONWARD_BENCH_MANAGERS (10,000) managers of 9 reports
//    each: the sweep's statements, and the time of the outbox's part of its write for every new nudge.
// 2. Delivery of ONWARD_BENCH_MAILS (1,000) nudge mails, each with its calendar invite, to a real
//    SMTP server in this process: here and now (4 side by side), and through the pg-boss jobs.
const managers = Number(process.env.ONWARD_BENCH_MANAGERS ?? 10_000);
const mails = Number(process.env.ONWARD_BENCH_MAILS ?? 1_000);
const concurrency = Number(process.env.ONWARD_BENCH_CONCURRENCY ?? 4);

async function teamsOf(app: TestApp, organizationId: string, adminId: string, managerCount: number, reportsEach: number): Promise<void> {
  const sql = (text: string, params: unknown[] = []) => app.db.query(text, [organizationId, ...params]);
  await sql(
    `INSERT INTO people (organization_id, email, name, status, manager_id, joined_at)
     SELECT $1, 'manager' || n || '@bench.example', 'Manager ' || n, 'ACTIVE', $2, now() - interval '2000 days' FROM generate_series(1, $3::int) n`,
    [adminId, managerCount],
  );
  await sql(
    `INSERT INTO people (organization_id, email, name, status, manager_id, joined_at)
     SELECT $1, 'report' || m.id || '-' || r || '@bench.example', 'Report ' || r, 'ACTIVE', m.id, now() - ((r * 97 % 1400) || ' days')::interval
       FROM people m CROSS JOIN generate_series(1, $2::int) r WHERE m.organization_id = $1 AND m.email LIKE 'manager%'`,
    [reportsEach],
  );
  await sql(`INSERT INTO reporting_lines (organization_id, report_id, manager_id, started_at)
             SELECT organization_id, id, manager_id, joined_at FROM people WHERE organization_id = $1 AND manager_id IS NOT NULL`);
  await app.db.query('ANALYZE');
}

describe('nudge mail, timed', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it(`prints what the outbox adds to a first sweep of ${managers} managers`, async () => {
    const limits = { ...readLimits(), statementMs: 300_000, idleInTransactionMs: 300_000 };
    const app = await startTestApp({ config: { limits } });
    try {
      const org = await signUpOrganization(app);
      const organizationId = await organizationOf(app, org.admin.id);
      await teamsOf(app, organizationId, org.admin.id, managers, 9);
      app.queries.reset();
      let started = performance.now();
      const summary = await app.app.get(NudgeSweepService).sweepOrganization(organizationId);
      const sweepMs = performance.now() - started;
      const sweepStatements = app.queries.count;
      const statements = app.queries.statements.map((s) => s.replace(/\s+/g, ' ').trim().slice(0, 70));
      const [{ rows }]: { rows: number }[] = await app.db.query('SELECT count(*)::int AS rows FROM nudge_outbox WHERE organization_id = $1', [organizationId]);

      // The outbox's part alone, again for the same nudges, on an empty outbox, in a transaction of its own:
      // the sweep's statement reads them from its insert, this one from the table.
      await app.db.query('DELETE FROM nudge_outbox WHERE organization_id = $1', [organizationId]);
      started = performance.now();
      const [{ written }]: { written: number }[] = await actAsSystem(organizationId, 'bench', () =>
        app.appDb.transaction((manager) =>
          manager.query(
            `WITH raised AS (SELECT id, kind, report_id, recipient_id FROM nudges WHERE organization_id = $1 AND resolved_at IS NULL),
                  nudge_mails AS (${nudgeMailsOfRaisedSql('raised')})
             SELECT count(*)::int AS written FROM nudge_mails`,
            [organizationId],
          ),
        ),
      );
      const insertMs = performance.now() - started;
      console.log(
        [
          `first sweep of ${managers * 10 + 1} people: ${(sweepMs / 1000).toFixed(2)} s, ${sweepStatements} statements, raised ${summary.raised}, outbox rows ${rows}`,
          ...statements.map((s) => `    ${s}`),
          `the outbox's part alone for ${summary.raised} nudges: ${(insertMs / 1000).toFixed(2)} s, ${written} rows`,
        ].join('\n'),
      );
    } finally {
      await app.close();
    }
  }, 1_200_000);

  async function mailingOrg(app: TestApp): Promise<string> {
    const org = await signUpOrganization(app);
    const organizationId = await organizationOf(app, org.admin.id);
    await teamsOf(app, organizationId, org.admin.id, Math.ceil(mails / 10), 10);
    await app.app.get(NudgeSweepService).sweepOrganization(organizationId);
    return organizationId;
  }

  it(`prints the delivery of ${mails} nudge mails to a real SMTP server, here and through the jobs`, async () => {
    const lines: string[] = [];
    const direct = await startTestApp({ mail: { smtpUrl: sink.url } });
    try {
      const organizationId = await mailingOrg(direct);
      const before = sink.received.length;
      const started = performance.now();
      const counts = await direct.app.get(NudgeMailDelivery).deliverWaiting(organizationId, concurrency);
      const ms = performance.now() - started;
      lines.push(`here and now, ${concurrency} side by side: ${counts.SENT} sent (${sink.received.length - before} received) in ${(ms / 1000).toFixed(2)} s, ${Math.round(counts.SENT / (ms / 1000))} mails/s`);
    } finally {
      await direct.close();
    }

    // Through pg-boss: the sweep's commit queues a job per row; workers take 10 at a time, 2 workers.
    const jobs = { ...readJobs(), enabled: true, pollSeconds: 1, nudgeSweepCron: '0 0 1 1 *' };
    const queued = await startTestApp({ mail: { smtpUrl: sink.url }, config: { jobs } });
    try {
      const before = sink.received.length;
      const started = performance.now();
      const organizationId = await mailingOrg(queued);
      const sweptMs = performance.now() - started;
      for (;;) {
        const [{ waiting }]: { waiting: number }[] = await queued.db.query('SELECT count(*)::int AS waiting FROM nudge_outbox WHERE organization_id = $1 AND sent_at IS NULL', [organizationId]);
        if (waiting === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const ms = performance.now() - started;
      const sent = sink.received.length - before;
      lines.push(`through the jobs (sweep ${(sweptMs / 1000).toFixed(2)} s included): ${sent} received in ${(ms / 1000).toFixed(2)} s, ${Math.round(sent / (ms / 1000))} mails/s`);
    } finally {
      await queued.close();
    }
    console.log(lines.join('\n'));
  }, 600_000);
});

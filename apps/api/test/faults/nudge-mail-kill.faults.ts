import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signUpOrganization } from '../builders';
import { GraphqlClient } from '../graphql-client';
import { outboxIdOf } from '../support/outbox-mail';
import { RUN_NUDGE_SWEEP } from '../nudges-operations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { BuiltServer, buildApi } from './built-server';
import { EmbeddedServer } from './embedded-server';
import { freePort, sleep } from './load';

const REPORTS = 24;
/** The mail in flight when the worker is killed: the fifth of the batch. */
const KILLED_AT = 5;

describe('a worker killed mid-batch while it mails nudges', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onward-nudge-mail-'));
  let database: EmbeddedServer;
  let sink: SmtpSink;
  let owner: Client;
  // Holds the row lock in a transaction of its own: pg_stat_activity reads one snapshot per transaction.
  let holder: Client;

  beforeAll(async () => {
    chmodSync(dir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach the folders below
    buildApi();
    database = new EmbeddedServer(path.join(dir, 'external'), await freePort());
    await database.start();
    sink = await startSmtpSink();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    holder = new Client({ connectionString: database.url });
    await holder.connect();
  }, 60_000);

  afterAll(async () => {
    await owner?.end();
    await holder?.end();
    await sink?.close();
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // Jobs looked for every second, a three-second lease and expiry, no scheduled sweep.
  const env = () => ({
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    ONWARD_JOBS: 'true',
    ONWARD_JOBS_POLL_SECONDS: '1',
    ONWARD_JOBS_SUPERVISE_SECONDS: '1',
    ONWARD_NUDGE_MAIL_LEASE_SECONDS: '3',
    ONWARD_NUDGE_MAIL_RETRY_SECONDS: '1',
    ONWARD_NUDGE_SWEEP_CRON: '0 0 1 1 *',
    // The server listens on a port of the system's choosing; its links need a real-looking address.
    ONWARD_PUBLIC_URL: 'http://onward.test',
  });

  const outbox = async () =>
    (await owner.query<{ id: string; sent: boolean; claimed: boolean }>('SELECT id, sent_at IS NOT NULL AS sent, claimed_at IS NOT NULL AS claimed FROM nudge_outbox')).rows;

  it('loses no nudge: another instance sends what was left, and only mail caught between acceptance and commit comes twice, with the same Message-ID', async () => {
    const first = await BuiltServer.start(env());
    const org = await signUpOrganization({ client: () => new GraphqlClient(first.url) });
    const [{ organization_id: organizationId }] = (await owner.query('SELECT organization_id FROM people WHERE id = $1', [org.admin.id])).rows;
    // A manager and their reports, written straight to the tables: only the sweep below raises their nudges, all at once.
    const { rows: [manager] } = await owner.query(
      `INSERT INTO people (organization_id, email, name, status) VALUES ($1, 'morgan@kill.example', 'Morgan Manager', 'ACTIVE') RETURNING id, email`,
      [organizationId],
    );
    await owner.query(
      `INSERT INTO people (organization_id, email, name, status, manager_id)
       SELECT $1, 'report' || n || '@kill.example', 'Report ' || n, 'ACTIVE', $2 FROM generate_series(1, $3::int) n`,
      [organizationId, manager.id, REPORTS],
    );

    // The fifth mail: its row is held, so that the worker's record of the send waits once the sink has taken it.
    let seen = 0;
    let victim: string | null = null;
    sink.beforeAccepting(async (mail) => {
      if (outboxIdOf(mail.parsed) === null || ++seen !== KILLED_AT) return;
      victim = outboxIdOf(mail.parsed);
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM nudge_outbox WHERE id = $1 FOR UPDATE', [victim]);
    });
    const { runNudgeSweep } = await org.admin.client.ok(RUN_NUDGE_SWEEP);
    expect(runNudgeSweep.raised).toBe(REPORTS);

    // Once that worker waits to record the accepted mail: kill its process. Its statement, waiting
    // for the lock, would still run once the lock goes (PostgreSQL notices a gone client only when
    // it next talks to it), so end that session too, as the crash's lost connection would.
    let waiting: { pid: number } | undefined;
    while (!waiting) {
      await sleep(20);
      [waiting] = (await owner.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE nudge_outbox o%'`,
      )).rows;
    }
    first.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await owner.query('SELECT pg_terminate_backend($1)', [waiting.pid]);
    sink.beforeAccepting(null);
    await holder.query('ROLLBACK');
    const atKill = await outbox();
    const inFlight = new Set(atKill.filter((r) => r.claimed && !r.sent).map((r) => r.id));
    expect(atKill).toHaveLength(REPORTS);
    expect(inFlight.has(victim!)).toBe(true);
    expect(atKill.filter((r) => r.sent).length).toBeLessThan(REPORTS);

    const second = await BuiltServer.start(env());
    try {
      while ((await outbox()).some((r) => !r.sent)) await sleep(200);
    } finally {
      await second.stop();
    }

    const mails = sink.to(manager.email).filter((m) => outboxIdOf(m.parsed) !== null);
    const perRow = new Map<string, number>();
    for (const mail of mails) perRow.set(outboxIdOf(mail.parsed)!, (perRow.get(outboxIdOf(mail.parsed)!) ?? 0) + 1);
    // Every nudge's mail arrived…
    expect(new Set(perRow.keys())).toEqual(new Set(atKill.map((r) => r.id)));
    // …twice at most, and only if it was in flight in the killed worker; the one caught after acceptance, surely.
    for (const [id, count] of perRow) {
      expect(count).toBeLessThanOrEqual(inFlight.has(id) ? 2 : 1);
    }
    expect(perRow.get(victim!)).toBe(2);
  }, 90_000);
});

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signUpOrganization } from '../builders';
import { GraphqlClient } from '../graphql-client';
import { ME } from '../operations';
import { CREATE_ROLE, MY_ROLES } from '../roles-operations';
import { BuiltServer, buildApi } from './built-server';
import { EmbeddedServer } from './embedded-server';
import { freePort, runLoad, send, Sent, sleep, within } from './load';

const REQUEST_TIMEOUT_MS = 3_000;
const LIMITS = {
  ONWARD_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  ONWARD_DB_STATEMENT_TIMEOUT_MS: '2000',
  ONWARD_DB_LOCK_TIMEOUT_MS: '2000',
  ONWARD_DB_CONNECT_TIMEOUT_MS: '1000',
};
/** A request taking longer than this hung: the request timeout plus time for the answer to travel. */
const HANG_MS = REQUEST_TIMEOUT_MS + 1_500;
const RECOVERY_LIMIT_MS = 5_000;
const ALLOWED_WHILE_DOWN = new Set(['SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE', 'SERVICE_UNAVAILABLE/DATABASE_TIMEOUT', 'SERVICE_UNAVAILABLE/REQUEST_TIMEOUT']);

/**
 * The test owns its PostgreSQL server (embedded, in a temporary folder, on a free port), so it can
 * stop and kill it while the built API serves a steady mix of reads and writes.
 */
describe('PostgreSQL restarted under load', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onward-faults-'));
  let database: EmbeddedServer;
  let api: BuiltServer;
  let url: string;

  beforeAll(async () => {
    buildApi();
    database = new EmbeddedServer(dir, await freePort());
    await database.start();
    api = await BuiltServer.start({ DATABASE_URL: database.url, ...LIMITS });
    url = api.url;
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Milliseconds from the database being back until a signed-in read through the API succeeds. */
  async function recoveryAfter(upAt: number, cookie: string | undefined): Promise<number> {
    for (;;) {
      const { outcome, endedAt } = await send(url, cookie, ME, {}, HANG_MS);
      if (outcome.kind === 'ok') return endedAt - upAt;
      if (Date.now() - upAt > 20_000) throw new Error('the API did not recover within 20 s');
      await sleep(25);
    }
  }

  /** A refused probe means the API died: the error then carries how it exited and its last log lines. */
  const readyz = () =>
    fetch(url.replace('/graphql', '/readyz'), { signal: AbortSignal.timeout(HANG_MS) }).then(
      (r) => r.status,
      async (error: unknown) => {
        const exit = await within(api.exited, 500, undefined);
        throw new Error(`/readyz failed (${String(error)}); the API ${exit ? `exited ${JSON.stringify(exit)}` : 'is still running'}; its last log lines:\n${api.logs.slice(-15).join('\n')}`);
      },
    );

  it('answers coded errors while it is down, never hangs, recovers by itself within 5 s and keeps every acknowledged write', async () => {
    const org = await signUpOrganization({ client: () => new GraphqlClient(url) });
    const members = [org.admin, await org.addMember(), await org.addMember()];
    const acknowledged: string[] = [];
    const started = Date.now();

    const load = runLoad(6, async (worker, n): Promise<Sent> => {
      const member = members[worker % members.length];
      if (n % 3 === 0) {
        const title = `Fault test ${worker}-${n}`;
        const result = await send(url, member.client.cookie, CREATE_ROLE, { input: { title } }, HANG_MS);
        if (result.outcome.kind === 'ok') acknowledged.push((result.outcome.data as { createInterestingRole: { id: string } }).createInterestingRole.id);
        return { label: 'write', ...result };
      }
      const result = n % 3 === 1 ? await send(url, member.client.cookie, MY_ROLES, {}, HANG_MS) : await send(url, member.client.cookie, ME, {}, HANG_MS);
      return { label: 'read', ...result };
    });

    await sleep(1_000);
    const phases: { how: string; downAt: number; upAt: number; recoveryMs: number; readyWhileDown: number; readyAfter: number }[] = [];
    for (const how of ['fast shutdown', 'SIGKILL'] as const) {
      const downAt = Date.now();
      await database.signal(how === 'fast shutdown' ? 'SIGINT' : 'SIGKILL');
      await sleep(1_500);
      const readyWhileDown = await readyz();
      await database.start();
      const upAt = Date.now();
      const recoveryMs = await recoveryAfter(upAt, org.admin.client.cookie);
      phases.push({ how, downAt, upAt, recoveryMs, readyWhileDown, readyAfter: await readyz() });
      await sleep(1_000);
    }
    const sent = await load.stop();

    // Every acknowledged write is there, read straight from the database.
    const check = new Client({ connectionString: database.url });
    await check.connect();
    const { rows } = await check.query('SELECT count(*)::int AS n FROM interesting_roles WHERE id = ANY($1::uuid[])', [acknowledged]);
    await check.end();

    const failures = sent.filter((s) => s.outcome.kind !== 'ok');
    const codes = new Set(failures.flatMap((s) => (s.outcome.kind === 'error' ? s.outcome.codes : [s.outcome.kind])));
    const messages = new Set(failures.flatMap((s) => (s.outcome.kind === 'error' ? s.outcome.messages : [])));
    const slowest = Math.max(...sent.map((s) => s.endedAt - s.startedAt));
    const duringOutage = (s: Sent) => phases.some((p) => s.startedAt >= p.downAt && s.startedAt < p.upAt);
    process.stdout.write(
      `[faults] database restarts: ${JSON.stringify({
        requests: sent.length,
        ok: sent.length - failures.length,
        codedErrors: failures.length,
        codes: [...codes],
        writesAcknowledged: acknowledged.length,
        writesFound: rows[0].n,
        slowestMs: slowest,
        recoveries: phases.map((p) => ({ after: p.how, recoveryMs: p.recoveryMs, readyzWhileDown: p.readyWhileDown, readyzAfter: p.readyAfter })),
        seconds: (Date.now() - started) / 1000,
      })}\n`,
    );

    expect(sent.filter(duringOutage).some((s) => s.outcome.kind === 'error')).toBe(true); // the outage was real
    expect([...codes].filter((code) => !ALLOWED_WHILE_DOWN.has(code))).toEqual([]); // coded, never a hang or a refused connection
    expect([...messages].filter((m) => /ECONN|127\.0\.0\.1|terminat|connect|SQL|relation|postgres/i.test(m))).toEqual([]); // masked
    expect(slowest).toBeLessThan(HANG_MS);
    for (const phase of phases) {
      expect(phase.recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
      expect([phase.readyWhileDown, phase.readyAfter]).toEqual([503, 200]);
    }
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(rows[0].n).toBe(acknowledged.length);
    // The API's own log says why, briefly, and never with the failed statement's values.
    // "password" alone, not the names of Onward's password-reset module and migration.
    expect(api.logs.join('\n')).not.toMatch(/Fault test|INSERT INTO|onward_session|onward-fault-tests|correct horse|password(?!Reset)/i);
    expect(api.logs.filter((line) => !line.startsWith('{'))).toEqual([]); // JSON lines only
    // It lived through both restarts and stops cleanly.
    expect(await api.stop()).toEqual({ code: 0, signal: null });
  }, 90_000);
});

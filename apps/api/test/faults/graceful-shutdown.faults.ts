import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signUpOrganization } from '../builders';
import { GraphqlClient } from '../graphql-client';
import { ME } from '../operations';
import { CREATE_ROLE, MY_ROLES, UPDATE_ROLE } from '../roles-operations';
import { BuiltServer, buildApi } from './built-server';
import { EmbeddedServer } from './embedded-server';
import { freePort, runLoad, send, Sent, sleep, within } from './load';

const IN_FLIGHT = 20;
const LOAD_MS = 2_000;
const EXIT_WITHIN_MS = 5_000;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('SIGTERM to the built server', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onward-shutdown-'));
  let database: EmbeddedServer;

  beforeAll(async () => {
    chmodSync(dir, 0o755); // run as root, PostgreSQL runs as `postgres` and must reach the folders below
    buildApi();
    database = new EmbeddedServer(path.join(dir, 'external'), await freePort());
    await database.start();
  }, 60_000);

  afterAll(async () => {
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`under ${IN_FLIGHT} requests in flight: every request sent before the signal succeeds, the process exits 0, then connections are refused`, async () => {
    const api = await BuiltServer.start({ DATABASE_URL: database.url });
    const { url } = api;
    const org = await signUpOrganization({ client: () => new GraphqlClient(url) });
    const cookie = org.admin.client.cookie;

    for (let i = 0; i < 20; i += 1) await org.admin.client.ok(ME); // warm, as a server that has been running is

    // A write stuck behind a row lock when the signal comes, while the rest flows: it must still be answered.
    const { createInterestingRole: locked } = await org.admin.client.ok(CREATE_ROLE, { input: { title: 'Locked at shutdown' } });
    const holder = new Client({ connectionString: database.url });
    await holder.connect();

    let signalAt = Number.POSITIVE_INFINITY;
    const load = runLoad(IN_FLIGHT, async (worker, n): Promise<Sent | undefined> => {
      if (Date.now() > signalAt + 1_000) return undefined;
      const result =
        n % 4 === 0
          ? await send(url, cookie, CREATE_ROLE, { input: { title: `Shutdown ${worker}-${n}` } }, 10_000)
          : n % 4 === 1
            ? await send(url, cookie, MY_ROLES, {}, 10_000)
            : await send(url, cookie, ME, {}, 10_000);
      // Once the server has gone, a loop stops at its first refused connection.
      return result.outcome.kind === 'transport' && result.startedAt > signalAt ? { label: 'after', ...result } : { label: 'load', ...result };
    }, 5_000);

    await sleep(LOAD_MS / 2);
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM interesting_roles WHERE id = $1 FOR UPDATE', [locked.id]);
    const stuck = send(url, cookie, UPDATE_ROLE, { id: locked.id, input: { title: 'Updated at shutdown' } }, 10_000);
    await sleep(200);
    signalAt = Date.now();
    api.kill('SIGTERM');
    await sleep(500);
    await holder.query('ROLLBACK');
    await holder.end();
    const exit = await within(api.exited, EXIT_WITHIN_MS, 'still running');
    const exitedAfterMs = Date.now() - signalAt;
    const sent = await load.stop();
    const stuckResult = await stuck;
    const refusedAfterExit = await fetch(url, { method: 'POST', signal: AbortSignal.timeout(2_000) }).then(
      () => 'answered',
      (error: Error) => String((error.cause as { code?: string })?.code ?? error),
    );

    const before = sent.filter((s) => s.startedAt < signalAt);
    const after = sent.filter((s) => s.startedAt >= signalAt);
    const failedBefore = before.filter((s) => s.outcome.kind !== 'ok');
    const inFlightAtSignal = before.filter((s) => s.endedAt > signalAt).length + 1;
    process.stdout.write(
      `[faults] SIGTERM: ${JSON.stringify({
        sent: sent.length + 1,
        sentBeforeSignal: before.length + 1,
        completedBeforeSignalSent: before.length - failedBefore.length + (stuckResult.outcome.kind === 'ok' ? 1 : 0),
        failedBeforeSignalSent: failedBefore.length + (stuckResult.outcome.kind === 'ok' ? 0 : 1),
        inFlightAtSignal,
        sentAfterSignal: after.length,
        answeredAfterSignal: after.filter((s) => s.outcome.kind === 'ok').length,
        refusedAfterSignal: after.filter((s) => s.outcome.kind === 'transport').length,
        stuckWriteAnsweredAfterMs: stuckResult.endedAt - signalAt,
        exit,
        exitedAfterMs,
        afterExit: refusedAfterExit,
      })}\n`,
    );

    expect(before.length).toBeGreaterThan(IN_FLIGHT * 2);
    expect(inFlightAtSignal).toBeGreaterThan(1);
    expect(failedBefore.map((s) => s.outcome)).toEqual([]);
    expect(stuckResult.outcome.kind).toBe('ok');
    expect(stuckResult.endedAt).toBeGreaterThan(signalAt + 400); // it was in flight across the signal
    // After the signal, requests on open connections are still answered; new connections are refused.
    expect(after.filter((s) => s.outcome.kind === 'error' || s.outcome.kind === 'hang')).toEqual([]);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAfterMs).toBeLessThan(EXIT_WITHIN_MS);
    // Promptly once the last request is answered: kept-alive connections do not hold it open.
    expect(signalAt + exitedAfterMs - stuckResult.endedAt).toBeLessThan(1_500);
    expect(refusedAfterExit).toBe('ECONNREFUSED');
    expect(api.logs.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  }, 60_000);

  it('with the embedded database: SIGTERM stops the app, then its PostgreSQL, and exits 0', async () => {
    const dataDir = path.join(dir, 'embedded');
    const api = await BuiltServer.start({ ONWARD_DATA_DIR: dataDir, ONWARD_EMBEDDED_PG_PORT: String(await freePort()) });
    const org = await signUpOrganization({ client: () => new GraphqlClient(api.url) });
    expect(org.admin.id).toBeTruthy();
    const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);
    api.kill('SIGTERM');
    expect(await within(api.exited, EXIT_WITHIN_MS, 'still running')).toEqual({ code: 0, signal: null });
    expect(isAlive(postmaster)).toBe(false);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // a clean stop, not a crash
  }, 60_000);
});

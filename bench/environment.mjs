// Starts what the bench measures: Onward as `npm start` runs it (the built API on its embedded
// PostgreSQL in a temporary folder, production settings, logs discarded), and the bare server and
// PostGraphile on the same database. Everything listens on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const root = path.resolve(import.meta.dirname, '..');

export function buildApi() {
  const result = spawnSync('node', ['tools/build-api.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('building the API failed');
}

async function waitFor(url, child, label) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${label} did not answer ${url} within a minute`);
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Onward on a fresh embedded PostgreSQL; `ownerUrl` is the server's owner (`postgres`), for the seed and the bare server. */
export async function startOnward({ port, pgPort }) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'onward-bench-'));
  // BENCH_CPU_PROF=<folder>: a V8 CPU profile of Onward over the whole run, written when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF)] : [];
  const child = spawn('node', [...profile, 'dist/apps/api/src/main.js'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: '',
      NODE_ENV: 'production',
      PORT: String(port),
      ONWARD_DATA_DIR: dataDir,
      ONWARD_EMBEDDED_PG_PORT: String(pgPort),
      ONWARD_SEED: 'false',
      ONWARD_LOG_FORMAT: 'json',
      // The seed's imports raise a nudge for most of 10,000 new reports; their mail would be written
      // by the same process during the runs, which measure reads, not a one-off backlog draining.
      ONWARD_JOBS: 'false',
    },
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child, 'Onward');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    ownerUrl: `postgres://postgres:postgres@127.0.0.1:${pgPort}/onward`,
    async stop() {
      // SIGTERM lets the API stop its embedded PostgreSQL before the folder goes.
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBenchServer(script, label, { port, databaseUrl }) {
  const child = spawn('node', [script], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, GRAPHILE_ENV: 'production' },
  });
  await waitFor(`http://127.0.0.1:${port}/health`, child, label);
  return { url: `http://127.0.0.1:${port}/graphql`, statementsUrl: `http://127.0.0.1:${port}/statements`, pid: child.pid, stop: () => stopChild(child) };
}

export const startBare = (options) => startBenchServer('bench/bare-server.mjs', 'bare server', options);

/** PostGraphile builds its schema from the database before it answers /health. */
export const startPostgraphile = (options) => startBenchServer('bench/postgraphile-server.mjs', 'PostGraphile', options);

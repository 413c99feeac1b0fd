// `node bench/side-by-side.mjs --other <checkout>`: this checkout's API and another's (an earlier
// commit, built there with `node tools/build-api.mjs`) on one seeded database at the same time,
// each operation driven on one, then the other, then the bare server, in rounds that alternate who
// goes first; prints each one's CPU time per request (from /proc) and req/s, means over the rounds.
// On a machine other work shares, that compares two builds far better than two bench runs' req/s.
// Builds this checkout's API first unless --no-build; the other's PostgreSQL role password is the
// embedded server's, so both connect as the same app role.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, startBare, startOnward } from './environment.mjs';
import { load } from './measure.mjs';
import { OPERATIONS } from './operations.mjs';
import { seed } from './seed.mjs';

const { values } = parseArgs({
  options: {
    other: { type: 'string' },
    only: { type: 'string', default: 'me,myInterestingRoles' },
    sizes: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '4' },
    // This checkout's API on --port, the other's on --port + 1, the bare server on --port + 2, PostgreSQL on --pg-port (--port + 3).
    port: { type: 'string', default: '39180' },
    'pg-port': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
if (!values.other) throw new Error('usage: --other <checkout with a built API> [--only me,team] [--sizes 5,500] [--rounds 4] [--seconds 4] [--port N --pg-port N]');
const other = path.resolve(values.other);
const port = Number(values.port);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const only = values.only.split(',');
const sizes = values.sizes.split(',').map(Number);

if (!values['no-build']) buildApi();
const { webAppServer } = await import('./servers.mjs');
const onward = await startOnward({ port, pgPort: Number(values['pg-port'] ?? port + 3) });
const db = new pg.Client(onward.ownerUrl);
let bare;
let otherApi;
try {
  await db.connect();
  const seeded = await seed(onward.url, db, sizes);
  bare = await startBare({ port: port + 2, databaseUrl: onward.ownerUrl });
  otherApi = spawn('node', ['dist/apps/api/src/main.js'], {
    cwd: other,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: onward.ownerUrl, ONWARD_DB_APP_PASSWORD: 'onward_app', NODE_ENV: 'production', PORT: String(port + 1), ONWARD_SEED: 'false', ONWARD_LOG_FORMAT: 'json', ONWARD_JOBS: 'false' },
  });
  for (let i = 0; ; i += 1) {
    if (otherApi.exitCode !== null || i > 300) throw new Error(`the other checkout's API did not start (${other})`);
    const up = await fetch(`http://127.0.0.1:${port + 1}/healthz`).then((r) => r.ok, () => false);
    if (up) break;
    await sleep(200);
  }
  const servers = { this: webAppServer('this checkout', onward.url, onward.pid), other: webAppServer('other checkout', `http://127.0.0.1:${port + 1}/graphql`, otherApi.pid), bare: webAppServer('bare', bare.url, bare.pid) };
  const plan = OPERATIONS.filter((op) => only.includes(op.key)).flatMap((op) => seeded.viewers.map((viewer) => [op, viewer]));
  const results = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (const [op, viewer] of plan) {
      for (const name of round % 2 ? ['this', 'other', 'bare'] : ['other', 'this', 'bare']) {
        const run = await load(servers[name], op, viewer, { seconds });
        const key = `${op.key}, ${viewer.label}`;
        if (!results.has(key)) results.set(key, { this: [], other: [], bare: [] });
        results.get(key)[name].push(run);
        console.error(`side-by-side: round ${round + 1}, ${key}, ${name}: ${run.rps.toFixed(0)} req/s, ${run.cpuPerRequest?.toFixed(0)} µs CPU per request`);
      }
    }
  }
  const mean = (runs, field) => (runs.some((r) => r[field] === undefined) ? '—' : (runs.reduce((sum, r) => sum + r[field], 0) / runs.length).toFixed(0));
  console.log(`\n| operation | other µs CPU per request | this µs CPU per request | bare µs CPU per request | other req/s | this req/s | bare req/s |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [key, r] of results) {
    console.log(`| ${key} | ${mean(r.other, 'cpuPerRequest')} | ${mean(r.this, 'cpuPerRequest')} | ${mean(r.bare, 'cpuPerRequest')} | ${mean(r.other, 'rps')} | ${mean(r.this, 'rps')} | ${mean(r.bare, 'rps')} |`);
  }
  console.log(`\nmeans of ${rounds} rounds of ${seconds} s at 10 connections; other: ${other}`);
} finally {
  // The other API stops before the database it uses.
  if (otherApi && otherApi.exitCode === null) {
    const exited = new Promise((resolve) => otherApi.once('exit', resolve));
    otherApi.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
  }
  await db.end().catch(() => undefined);
  await bare?.stop();
  await onward.stop();
}

// `npm run bench [-- --seconds 3 --only team,me --sizes 5,50]`: seeds a fresh embedded database
// through the API, checks that Onward, the bare server and PostGraphile return the same data for
// every operation, then measures each, interleaved: 10 connections for --seconds each (max req/s),
// and Onward at a fixed rate of half its max for p50/p99. PostGraphile is measured on the team page
// and sharedWithMe only. Only 127.0.0.1 traffic; about 5 minutes with the defaults.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, startBare, startOnward, startPostgraphile } from './environment.mjs';
import { load, sameData, statementsPerRequest } from './measure.mjs';
import { OPERATIONS } from './operations.mjs';
import { seed } from './seed.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    only: { type: 'string' },
    sizes: { type: 'string', default: '5,50,500' },
    // Onward listens on --port, its PostgreSQL on --pg-port, the bare server on --port + 2 and PostGraphile on --port + 3.
    port: { type: 'string', default: '39180' },
    'pg-port': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const only = values.only?.split(',');
const operations = OPERATIONS.filter((op) => !only || only.includes(op.key));
const sizes = values.sizes.split(',').map(Number);
const port = Number(values.port);
const pgPort = Number(values['pg-port'] ?? port + 1);
const usage = 'usage: --seconds N --only me,team,sharedWithMe,myInterestingRoles --sizes 5,50,500 --port 39180 --pg-port 39181';
if (!(seconds > 0) || operations.length === 0 || sizes.some((s) => !(s > 0)) || !(port > 0) || !(pgPort > 0)) throw new Error(usage);

const log = (message) => console.error(`bench: ${message}`);
const started = Date.now();
if (!values['no-build']) buildApi();
// servers.mjs applies libs/domain's rules from the build, so it loads once the build is there (a fresh clone has none).
const { postgraphileServer, webAppServer } = await import('./servers.mjs');
const onward = await startOnward({ port, pgPort });
let bare;
let postgraphile;
const db = new pg.Client(onward.ownerUrl);
try {
  await db.connect();
  const seeded = await seed(onward.url, db, sizes);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; people per organization: ${seeded.counts.map((c) => c.people).join(', ')}`);
  log(`importPeople, one request each: ${seeded.imports.map((i) => `${i.rows} rows in ${(i.ms / 1000).toFixed(2)} s`).join('; ')}`);
  [bare, postgraphile] = await Promise.all([startBare({ port: port + 2, databaseUrl: onward.ownerUrl }), startPostgraphile({ port: port + 3, databaseUrl: onward.ownerUrl })]);
  const servers = [webAppServer('Onward', onward.url, onward.pid), webAppServer('bare', bare.url, bare.pid), postgraphileServer(postgraphile)];
  const [onwardServer, bareServer, postgraphileOne] = servers;

  const statements = new Map();
  for (const viewer of seeded.viewers) {
    for (const op of operations) {
      const data = await sameData(servers.filter((s) => s.supports(op)), op, viewer);
      // The comparison means something only if the seed put something there.
      const sizeOf = { me: data.me?.directReports.length, team: data.me?.directReports.length, sharedWithMe: data.sharedWithMe?.totalCount / 3, myInterestingRoles: data.myInterestingRoles?.totalCount / 60 * viewer.size };
      if (sizeOf[op.key] !== viewer.size) throw new Error(`${op.key} for ${viewer.label}: the seed did not produce the expected data`);
      if (postgraphileOne.supports(op)) statements.set(`${op.key}/${viewer.label}`, await statementsPerRequest(postgraphileOne, op, viewer));
    }
  }
  log('every server returns the same data for every operation and viewer it answers');

  const rows = [];
  for (const op of operations) {
    for (const viewer of seeded.viewers) {
      // Interleaved: each server's run follows the others' back to back, so a noisy neighbour hits all alike.
      const onwardMax = await load(onwardServer, op, viewer, { seconds });
      const bareMax = await load(bareServer, op, viewer, { seconds });
      const postgraphileMax = postgraphileOne.supports(op) ? await load(postgraphileOne, op, viewer, { seconds }) : null;
      const rate = Math.max(1, Math.floor(onwardMax.rps / 2));
      const fixed = await load(onwardServer, op, viewer, { seconds, overallRate: rate });
      rows.push({ op: op.key, team: viewer.label, onward: onwardMax.rps, bare: bareMax.rps, postgraphile: postgraphileMax?.rps, statements: statements.get(`${op.key}/${viewer.label}`), rate, p50: fixed.p50, p99: fixed.p99, cpu: [onwardMax.cpuPerRequest, bareMax.cpuPerRequest] });
      log(`${op.key}, ${viewer.label}: Onward ${onwardMax.rps.toFixed(0)} req/s, bare ${bareMax.rps.toFixed(0)} req/s${postgraphileMax ? `, PostGraphile ${postgraphileMax.rps.toFixed(0)} req/s` : ''}`);
    }
  }

  const fmt = (n) => (n === undefined ? '—' : n.toFixed(0));
  const ratio = (a, b) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
  console.log('\n| operation | team | Onward req/s | bare req/s | PostGraphile req/s | Onward ÷ bare | Onward ÷ PostGraphile | PostGraphile statements | Onward p50 / p99 ms at fixed rate (req/s) | Onward / bare µs CPU per request |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.op} | ${r.team} | ${fmt(r.onward)} | ${fmt(r.bare)} | ${fmt(r.postgraphile)} | ${ratio(r.onward, r.bare)} | ${ratio(r.onward, r.postgraphile)} | ${r.statements ?? '—'} | ${r.p50} / ${r.p99} (${r.rate}) | ${r.cpu.map(fmt).join(' / ')} |`);
  }
  console.log(`\n${seconds} s per run, 10 connections; importPeople: ${seeded.imports.map((i) => `${i.rows} rows in ${(i.ms / 1000).toFixed(2)} s`).join(', ')}; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
} finally {
  await db.end().catch(() => undefined);
  await postgraphile?.stop();
  await bare?.stop();
  await onward.stop();
}

// `npm run bench [-- --seconds 3 --only team,me --sizes 5,50]`: seeds a fresh embedded database
// through the API, checks that Onward and the bare server return the same data for every operation,
// then measures each, interleaved: 10 connections for --seconds each (max req/s), and Onward at a
// fixed rate of half its max for p50/p99. Only 127.0.0.1 traffic; about 4 minutes with the defaults.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, startBare, startOnward } from './environment.mjs';
import { load, sameData } from './measure.mjs';
import { OPERATIONS } from './operations.mjs';
import { seed } from './seed.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    only: { type: 'string' },
    sizes: { type: 'string', default: '5,50,500' },
    'no-build': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const only = values.only?.split(',');
const operations = OPERATIONS.filter((op) => !only || only.includes(op.key));
const sizes = values.sizes.split(',').map(Number);
if (!(seconds > 0) || operations.length === 0 || sizes.some((s) => !(s > 0))) throw new Error('usage: --seconds N --only me,team,sharedWithMe,myInterestingRoles --sizes 5,50,500');

const log = (message) => console.error(`bench: ${message}`);
const started = Date.now();
if (!values['no-build']) buildApi();
const onward = await startOnward({ port: 39180, pgPort: 39181 });
let bare;
const db = new pg.Client(onward.ownerUrl);
try {
  await db.connect();
  const seeded = await seed(onward.url, db, sizes);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; imports took ${seeded.importMs.teams} ms (team org) and ${seeded.importMs.large} ms (10k org); people per organization: ${seeded.counts.map((c) => c.people).join(', ')}`);
  bare = await startBare({ port: 39182, databaseUrl: onward.ownerUrl });
  const servers = [
    { name: 'Onward', url: onward.url },
    { name: 'bare', url: bare.url },
  ];

  for (const viewer of seeded.viewers) {
    for (const op of operations) {
      const data = await sameData(servers, op, viewer.cookie);
      // The comparison means something only if the seed put something there.
      const sizeOf = { me: data.me?.directReports.length, team: data.me?.directReports.length, sharedWithMe: data.sharedWithMe?.totalCount / 3, myInterestingRoles: data.myInterestingRoles?.totalCount / 60 * viewer.size };
      if (sizeOf[op.key] !== viewer.size) throw new Error(`${op.key} for ${viewer.label}: the seed did not produce the expected data`);
    }
  }
  log('every server returns the same data for every operation and viewer');

  const rows = [];
  for (const op of operations) {
    for (const viewer of seeded.viewers) {
      // Interleaved: each pair runs back to back, so a noisy neighbour hits both alike.
      const onwardMax = await load(onward.url, op, viewer.cookie, { seconds });
      const bareMax = await load(bare.url, op, viewer.cookie, { seconds });
      const rate = Math.max(1, Math.floor(onwardMax.rps / 2));
      const fixed = await load(onward.url, op, viewer.cookie, { seconds, overallRate: rate });
      rows.push({ op: op.key, team: viewer.label, onward: onwardMax.rps, bare: bareMax.rps, rate, p50: fixed.p50, p99: fixed.p99 });
      log(`${op.key}, ${viewer.label}: Onward ${onwardMax.rps.toFixed(0)} req/s, bare ${bareMax.rps.toFixed(0)} req/s`);
    }
  }

  const fmt = (n) => n.toFixed(0);
  console.log(`\n| operation | team | Onward req/s | bare req/s | bare ÷ Onward | PostGraphile req/s | Onward p50 / p99 ms at fixed rate (req/s) |`);
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.op} | ${r.team} | ${fmt(r.onward)} | ${fmt(r.bare)} | ${(r.bare / r.onward).toFixed(1)}× | — | ${r.p50} / ${r.p99} (${r.rate}) |`);
  console.log(`\n${seconds} s per run, 10 connections; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
} finally {
  await db.end().catch(() => undefined);
  await bare?.stop();
  await onward.stop();
}

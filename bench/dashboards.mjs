// `node bench/dashboards.mjs [--port 39280 --pg-port 39281 --teams 20 --team-size 500 --requests 40 --no-build --only OrgDashboard]`:
// the team dashboard and the outside perspective of a manager of 500 direct reports in an
// organization of 10,000, and the org dashboard of its admin over all of it, against the built API started as `npm start` starts it (production
// settings, its own embedded PostgreSQL in a temporary folder). Prints each request's median and
// 95th percentile over HTTP, one request at a time, then EXPLAIN ANALYZE of each statement the three
// dashboards send, run as the API's role under row-level security. Never part of `npm test`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApi, root, startOnward } from './environment.mjs';
import { generatedDocuments, withFragments } from './operations.mjs';
import { openSession } from './seed.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '39280' },
    'pg-port': { type: 'string' },
    teams: { type: 'string', default: '20' },
    'team-size': { type: 'string', default: '500' },
    requests: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
    // Operation names to time (comma-separated), e.g. `--only OrgDashboard` with BENCH_CPU_PROF.
    only: { type: 'string' },
    // Keeps the seeded server up after the run, printing how to reach its database, until interrupted.
    hold: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const pgPort = Number(values['pg-port'] ?? port + 1);
const teams = Number(values.teams);
const teamSize = Number(values['team-size']);
const requests = Number(values.requests);
const log = (message) => console.error(`bench: ${message}`);

// The documents the API's own suites send (apps/api/test/dashboards-operations.ts): every figure of each dashboard.
const documents = generatedDocuments('apps/api/test/generated/gql.ts');
const OPERATIONS = [
  { label: `teamDashboard, ${teamSize} reports`, operationName: 'TeamDashboard', variables: {}, as: 'manager' },
  { label: `outsidePerspective, ${teamSize} reports`, operationName: 'OutsidePerspective', variables: {}, as: 'manager' },
  { label: `orgDashboard, the admin over ${teams * teamSize + teams} people in ${teams + 1} teams`, operationName: 'OrgDashboard', variables: {}, as: 'admin' },
]
  .filter((op) => !values.only || values.only.split(',').includes(op.operationName))
  .map((op) => ({ ...op, query: withFragments(documents, op.operationName) }));

async function graphql(url, op, cookie) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ operationName: op.operationName, query: op.query, variables: op.variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`${op.operationName ?? 'request'}: ${response.status} ${JSON.stringify(body.errors)}`);
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

/**
 * `teams` managers under the admin, `teamSize` reports each (IC1–IC3, joined over three years), and
 * per report over the last two years: a step-up and a same-level role shared, a private one, two
 * interviews on each, a debrief after most step-up roles' interviews (stages, themes, ratings, an
 * assessed level, one of 30 companies), practice with half, a satisfaction talk with one in five,
 * action items on those records.
 */
async function seed(url, db) {
  const tag = Math.random().toString(16).slice(2, 10);
  const email = `admin-${tag}@example.com`;
  const { data } = await graphql(url, {
    query: 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }',
    variables: { input: { organizationName: `Dashboards ${tag}`, name: 'Admin', email, password: 'correct horse battery staple' } },
  });
  const { rows: [admin] } = await db.query('SELECT id, organization_id FROM people WHERE id = $1', [data.signUp.id]);
  const sql = (text, params = []) => db.query(text, [admin.organization_id, ...params]);
  const level = (key) => `(SELECT id FROM levels WHERE organization_id = $1 AND key = ${key})`;
  await sql(
    `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
     SELECT $1, 'manager' || n || '-${tag}@example.com', 'Manager ' || n, 'Engineering Manager', ${level(`'M1'`)}, $2, 'ACTIVE', now() - interval '4 years'
       FROM generate_series(1, $3::int) n`,
    [admin.id, teams],
  );
  await sql(
    `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
     SELECT $1, 'r' || m.n || '-' || r || '-${tag}@example.com', 'Report ' || m.n || '-' || r, 'Engineer', ${level(`'IC' || (1 + r % 3)`)}, m.id, 'ACTIVE',
            now() - (((m.n * 7 + r * 131) % 1100) || ' days')::interval
       FROM (SELECT id, substring(email FROM 'manager(\\d+)-')::int AS n FROM people WHERE organization_id = $1 AND email LIKE 'manager%') m
      CROSS JOIN generate_series(1, $2::int) r`,
    [teamSize],
  );
  await sql(`INSERT INTO reporting_lines (organization_id, report_id, manager_id, started_at) SELECT organization_id, id, manager_id, joined_at FROM people WHERE organization_id = $1 AND manager_id IS NOT NULL`);
  const reports = `SELECT p.id, p.organization_id, abs(hashtext(p.id::text)) AS h, l.rank FROM people p JOIN levels l ON l.id = p.level_id WHERE p.organization_id = $1 AND p.email LIKE 'r%'`;
  await sql(
    `INSERT INTO interesting_roles (organization_id, owner_id, title, company, source, level_id, shared_at)
     SELECT p.organization_id, p.id, 'Role ' || k.n, 'Company ' || ((p.h + k.n) % 30), 'FOUND_IT',
            (SELECT id FROM levels WHERE organization_id = $1 AND track = 'IC' AND rank = p.rank + k.step),
            CASE WHEN k.shared THEN now() - (((p.h + k.n * 97) % 700) || ' days')::interval END
       FROM (${reports}) p CROSS JOIN (VALUES (1, 1, true), (2, 0, true), (3, 2, false)) AS k(n, step, shared)`,
  );
  await sql(
    `INSERT INTO role_interviews (organization_id, role_id, held_on, kind)
     SELECT organization_id, id, COALESCE(shared_at::date, current_date - 100) + (abs(hashtext(id::text || n)) % 40), 'TECHNICAL'
       FROM interesting_roles CROSS JOIN generate_series(1, 2) n WHERE organization_id = $1`,
  );
  await sql(
    `INSERT INTO debriefs (organization_id, report_id, held_by_id, role_id, held_on, stages, themes, stage_count, rating_started_on_time, rating_challenging, assessed_level_id)
     SELECT r.organization_id, r.owner_id, p.manager_id, r.id, LEAST(current_date, (SELECT max(i.held_on) FROM role_interviews i WHERE i.role_id = r.id) + (abs(hashtext(r.id::text)) % 20)),
            (ARRAY['{RECRUITER_SCREEN,TECHNICAL,SYSTEM_DESIGN,FINAL}', '{RECRUITER_SCREEN,TAKE_HOME,FINAL}', '{HIRING_MANAGER,PANEL}'])[1 + abs(hashtext(r.id::text)) % 3]::text[],
            (ARRAY['{ownership,distributed systems}', '{product sense}', '{}'])[1 + abs(hashtext(r.id::text || 't')) % 3]::text[],
            NULLIF(abs(hashtext(r.id::text)) % 6, 0), 1 + abs(hashtext(r.id::text)) % 5, 1 + abs(hashtext(r.id::text || 'c')) % 5, r.level_id
       FROM interesting_roles r JOIN people p ON p.id = r.owner_id
      WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND r.title = 'Role 1' AND abs(hashtext(r.id::text)) % 4 <> 0`,
  );
  await sql(
    `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on)
     SELECT p.organization_id, p.id, m.manager_id, k.kind, current_date - ((p.h + k.n) % 700)
       FROM (${reports}) p JOIN people m ON m.id = p.id
      CROSS JOIN (VALUES ('INTERVIEW_PRACTICE', 0, 2), ('SATISFACTION', 300, 5)) AS k(kind, n, every)
      WHERE p.h % k.every = 0`,
  );
  await sql(
    `INSERT INTO action_items (organization_id, report_id, conversation_id, owner, text, due_on, done_at, created_by_id)
     SELECT organization_id, report_id, id, 'REPORT', 'Practise', held_on + 30, CASE WHEN abs(hashtext(id::text)) % 2 = 0 THEN now() END, held_by_id
       FROM conversations WHERE organization_id = $1`,
  );
  await db.query('ANALYZE');
  const { rows: [{ people }] } = await sql('SELECT count(*)::int AS people FROM people WHERE organization_id = $1');
  const viewer = await openSession(db, `manager1-${tag}@example.com`);
  return { people, organizationId: admin.organization_id, viewer, admin: await openSession(db, email) };
}

async function timed(url, op, cookie) {
  for (let i = 0; i < 5; i++) await graphql(url, op, cookie);
  const ms = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await graphql(url, op, cookie);
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], p95: ms[Math.ceil(ms.length * 0.95) - 1] };
}

/** Every statement of the three dashboards, as the API sends it for this manager (the org dashboard: for an admin), explained as the app role in the organization's scope. */
async function explainAll(ownerUrl, organizationId, managerId) {
  const require = createRequire(import.meta.url);
  const dist = (file) => require(path.join(root, 'dist/apps/api/src', file));
  const team = dist('dashboards/team-dashboard.queries.js');
  const perspective = dist('dashboards/outside-perspective.queries.js');
  const org = dist('dashboards/org/org-dashboard.queries.js');
  const { practiceFacts } = dist('practice/practice.queries.js');
  const { directReportsOf } = dist('people/people.queries.js');
  const { lastQuarters, addMonthsUtc } = require(path.join(root, 'dist/libs/domain/src/index.js'));
  const client = new pg.Client(ownerUrl);
  await client.connect();
  const plans = [];
  try {
    await client.query('SET ROLE onward_app');
    await client.query(`SELECT set_config('onward.organization_id', $1, false)`, [organizationId]);
    const explaining = (name) => ({
      query: async (text, parameters) => {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, parameters);
        plans.push({ name, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
        return [];
      },
    });
    const { rows } = await client.query('SELECT id FROM people WHERE organization_id = $1 AND manager_id = $2', [organizationId, managerId]);
    const reportIds = rows.map((row) => row.id);
    const today = new Date().toISOString().slice(0, 10);
    const from = lastQuarters(today)[0].startsOn;
    const practiceFrom = addMonthsUtc(new Date(`${from}T00:00:00Z`), -12).toISOString().slice(0, 10);
    const scope = { organizationId, managerId, reportIds };
    await directReportsOf(explaining('direct reports (PeopleLoaders)'), organizationId, [managerId]);
    // The explaining stand-in answers no rows, which the readers that destructure their one row refuse after the plan is taken.
    await practiceFacts(explaining('practice facts (PracticeService)'), organizationId, reportIds, 'CURRENT_MANAGER').catch(() => undefined);
    await team.practiceDays(explaining('practice days'), scope, practiceFrom, today);
    await team.sharedRoles(explaining('shared roles'), scope).catch(() => undefined);
    await team.reportRecords(explaining('report records'), scope, from, today).catch(() => undefined);
    await perspective.perspectiveRows(explaining('outside perspective'), { ...scope, since: null }).catch(() => undefined);
    // The org dashboard of an admin: each team of everyone with a manager and what they did, as OrgDashboardService asks.
    const { rows: [settings] } = await client.query('SELECT practice_cadence_months AS cadence, time_zone FROM organizations WHERE id = $1', [organizationId]);
    const { orgWindow } = dist('dashboards/org/org-member-figures.js');
    const quarters = lastQuarters(today).map((q) => ({ ...q, endsOn: q.endsOn < today ? q.endsOn : today }));
    await org.teamFigureCounts(explaining('org: team figure counts'), organizationId, null, orgWindow(quarters, today, settings.time_zone, settings.cadence));
  } finally {
    await client.end();
  }
  return plans;
}

if (!values['no-build']) buildApi();
const onward = await startOnward({ port, pgPort });
const db = new pg.Client(onward.ownerUrl);
try {
  await db.connect();
  const started = Date.now();
  const { people, organizationId, viewer, admin } = await seed(onward.url, db);
  log(`seeded ${people} people in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const lines = [`${people} people in the organization; the measured manager has ${teamSize} direct reports`];
  for (const op of OPERATIONS) {
    const { median, p95 } = await timed(onward.url, op, (op.as === 'admin' ? admin : viewer).cookie);
    lines.push(`${op.label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${requests} requests`);
    log(lines.at(-1));
  }
  for (const { name, plan } of await explainAll(onward.ownerUrl, organizationId, viewer.id)) {
    const ms = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
    lines.push(`\n== ${name}: ${ms} ms\n${plan.replace(/'\{[0-9a-f,-]{200,}\}'/g, "'{…the ids…}'")}`);
  }
  console.log(lines.join('\n'));
  if (values.hold) {
    log(`holding: ${onward.url}, database ${onward.ownerUrl}, organization ${organizationId}; interrupt to stop`);
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await db.end();
  await onward.stop();
}

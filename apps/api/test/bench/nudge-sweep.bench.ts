import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { readLimits } from '../../src/config/app-config';
import { NudgeSweepService } from '../../src/nudges/nudge-sweep.service';
import { signUpOrganization } from '../builders';
import { organizationOf } from '../nudges-support';
import { startTestApp, TestApp } from '../test-app';

// The nudge sweep over an organization of 100,000 people (not run by npm test; timings on a shared
// machine are no assertion, so each sweep also prints the CPU time it took here and in the database):
//   DATABASE_URL=… npx jest -c apps/api/jest.config.ts --testMatch '**/bench/nudge-sweep.bench.ts'
// ONWARD_BENCH_MANAGERS (10,000) managers of 9 reports each, under 100 directors under the admin.
// The organization goes in as the database owner in SQL (no request path writes 100,000 people
// fast), with a realistic mix: levels IC1–IC4, joining dates over four years, practice held with
// two reports in three, a third of reports sharing roles (one in ten two), interviews on half of
// those, past and coming, a debrief after a third of them, the manager's first look at half,
// satisfaction talks with one report in ten, and private roles and interviews that must not count.
/** CPU milliseconds a server process has used, from /proc; null when it is not on this machine. */
function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in ticks of 10 ms
  } catch {
    return null;
  }
}

/**
 * Starts counting the CPU time this process and the database's processes serving the app's pool
 * spend, and returns what reads it: on a machine shared with other work, the wall time says as much
 * about the others as about the sweep.
 */
async function cpuMeter(app: TestApp): Promise<() => Promise<string>> {
  const backends = async (): Promise<number[]> =>
    (await app.db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'onward-api'`)).map((r: { pid: number }) => r.pid);
  const before = new Map((await backends()).map((pid) => [pid, cpuMsOf(pid)]));
  const node = process.cpuUsage();
  return async () => {
    const used = process.cpuUsage(node);
    const pids = [...new Set([...before.keys(), ...(await backends())])];
    const database = pids.map((pid) => (cpuMsOf(pid) ?? NaN) - (before.get(pid) ?? 0)).reduce((a, b) => a + b, 0);
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    return `CPU ${((used.user + used.system) / 1e6).toFixed(2)} s here, ${Number.isNaN(database) ? '?' : (database / 1000).toFixed(2)} s in the database (load average ${load})`;
  };
}

describe('the nudge sweep over a large organization, timed', () => {
  let app: TestApp;
  const managers = Number(process.env.ONWARD_BENCH_MANAGERS ?? 10_000);
  beforeAll(async () => {
    const limits = { ...readLimits(), statementMs: 300_000, idleInTransactionMs: 300_000 };
    app = await startTestApp({ config: { limits } });
  });
  afterAll(() => app.close());

  async function build(organizationId: string, adminId: string): Promise<number> {
    const started = performance.now();
    const sql = (text: string, params: unknown[] = []) => app.db.query(text, [organizationId, ...params]);
    await sql(
      `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
       SELECT $1, 'director' || n || '@bench.example', 'Director ' || n, 'Director', (SELECT id FROM levels WHERE organization_id = $1 AND key = 'M3'), $2, 'ACTIVE', now() - interval '2000 days'
         FROM generate_series(1, 100) n`,
      [adminId],
    );
    await sql(
      `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
       SELECT $1, 'manager' || n || '@bench.example', 'Manager ' || n, 'Engineering Manager', (SELECT id FROM levels WHERE organization_id = $1 AND key = 'M1'),
              (SELECT id FROM people WHERE organization_id = $1 AND email = 'director' || (1 + n % 100) || '@bench.example'), 'ACTIVE', now() - ((n % 1500) || ' days')::interval
         FROM generate_series(1, $2::int) n`,
      [managers],
    );
    await sql(
      `INSERT INTO people (organization_id, email, name, title, level_id, manager_id, status, joined_at)
       SELECT $1, 'report' || m.n || '-' || r || '@bench.example', 'Report ' || m.n || '-' || r, 'Engineer',
              (SELECT id FROM levels WHERE organization_id = $1 AND key = 'IC' || (1 + (m.n + r) % 4)), m.id, 'ACTIVE',
              now() - (((m.n * 7 + r * 131) % 1460) || ' days')::interval
         FROM (SELECT id, substring(email FROM 'manager(\\d+)@')::int AS n FROM people WHERE organization_id = $1 AND email LIKE 'manager%') m
        CROSS JOIN generate_series(1, 9) r`,
    );
    await sql(
      `INSERT INTO reporting_lines (organization_id, report_id, manager_id, started_at)
       SELECT organization_id, id, manager_id, joined_at FROM people WHERE organization_id = $1 AND manager_id IS NOT NULL`,
    );
    // Practice with two reports in three, held by their manager at spread-out dates.
    await sql(
      `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on)
       SELECT organization_id, id, manager_id, 'INTERVIEW_PRACTICE', current_date - (abs(hashtext(id::text)) % 500)
         FROM people WHERE organization_id = $1 AND email LIKE 'report%' AND abs(hashtext(id::text)) % 3 <> 0`,
    );
    await sql(
      `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on)
       SELECT organization_id, id, manager_id, 'SATISFACTION', current_date - (abs(hashtext(id::text || 's')) % 200)
         FROM people WHERE organization_id = $1 AND email LIKE 'report%' AND abs(hashtext(id::text)) % 10 = 0`,
    );
    // Roles: a third of reports share one (one in ten a second), one in five keeps a private one.
    await sql(
      `INSERT INTO interesting_roles (organization_id, owner_id, title, source, level_id, shared_at)
       SELECT p.organization_id, p.id, 'Role ' || k, 'FOUND_IT',
              (SELECT id FROM levels WHERE organization_id = $1 AND key = 'IC' || (1 + (abs(hashtext(p.id::text || k)) % 5))),
              CASE WHEN k = 'private' THEN NULL ELSE now() - ((abs(hashtext(p.id::text || k)) % 120) || ' days')::interval END
         FROM people p CROSS JOIN (VALUES ('shared'), ('second'), ('private')) AS roles(k)
        WHERE p.organization_id = $1 AND p.email LIKE 'report%'
          AND ((k = 'shared' AND abs(hashtext(p.id::text)) % 3 = 1) OR (k = 'second' AND abs(hashtext(p.id::text)) % 10 = 1) OR (k = 'private' AND abs(hashtext(p.id::text)) % 5 = 2))`,
    );
    await sql(
      `INSERT INTO role_interviews (organization_id, role_id, held_on, kind)
       SELECT organization_id, id, current_date + (abs(hashtext(id::text)) % 40) - 30, 'TECHNICAL'
         FROM interesting_roles WHERE organization_id = $1 AND abs(hashtext(id::text || 'i')) % 2 = 0`,
    );
    await sql(
      `INSERT INTO debriefs (organization_id, report_id, held_by_id, role_id, held_on)
       SELECT r.organization_id, r.owner_id, p.manager_id, r.id, i.held_on + 1
         FROM interesting_roles r JOIN people p ON p.id = r.owner_id JOIN role_interviews i ON i.role_id = r.id
        WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND i.held_on < current_date - 1 AND abs(hashtext(r.id::text || 'd')) % 3 = 0`,
    );
    await sql(
      `INSERT INTO role_views (organization_id, role_id, viewer_id, viewed_at)
       SELECT r.organization_id, r.id, p.manager_id, r.shared_at + interval '1 hour'
         FROM interesting_roles r JOIN people p ON p.id = r.owner_id
        WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND abs(hashtext(r.id::text || 'v')) % 2 = 0`,
    );
    await app.db.query('ANALYZE');
    const [{ people }]: { people: number }[] = await sql('SELECT count(*)::int AS people FROM people WHERE organization_id = $1');
    console.log(`built ${people} people in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return people;
  }

  it(`prints the sweep's time, statements and rows for ${managers} managers`, async () => {
    const org = await signUpOrganization(app);
    const organizationId = await organizationOf(app, org.admin.id);
    await build(organizationId, org.admin.id);
    const sweep = app.app.get(NudgeSweepService);
    const lines: string[] = [];
    for (const run of ['first', 'second']) {
      const cpu = await cpuMeter(app);
      app.queries.reset();
      const started = performance.now();
      const summary = await sweep.sweepOrganization(organizationId);
      const ms = performance.now() - started;
      const statements = app.queries.statements.map((s) => s.replace(/\s+/g, ' ').trim().slice(0, 70));
      lines.push(`${run} sweep: ${(ms / 1000).toFixed(2)} s, ${app.queries.count} statements, raised ${summary.raised}, resolved ${summary.resolved}, moved ${summary.readdressed}; ${await cpu()}`);
      lines.push(...statements.map((s) => `    ${s}`));
      if (run === 'second') expect(summary.raised).toBe(0);
    }
    const byKind: { kind: string; n: number }[] = await app.db.query('SELECT kind, count(*)::int AS n FROM nudges WHERE organization_id = $1 GROUP BY 1 ORDER BY 1', [organizationId]);
    lines.push(`nudges by kind: ${byKind.map((k) => `${k.kind} ${k.n}`).join(', ')}`);
    const [{ mails }]: { mails: number }[] = await app.db.query('SELECT count(*)::int AS mails FROM nudge_outbox WHERE organization_id = $1', [organizationId]);
    lines.push(`nudge mails in the outbox: ${mails}`);
    console.log(lines.join('\n'));
  }, 1_200_000);
});

// Bench data. Organizations, people and reporting lines go through the product's own API (sign-up,
// then the CSV import `importPeople`, which is also what a real customer's 10,000 people would go
// through, in one request). The rest is written as the database owner straight to
// the tables, because the API has no bulk path for it and the requests under test are reads:
// the shared roles and the practice records (as apps/api/test/statement-count.integration.spec.ts
// does), and a session for each measured manager (imported people have not accepted an invitation,
// so they cannot log in; a session row with the hash of a known token is what a log-in would write).
import { createHash, randomBytes } from 'node:crypto';

const PASSWORD = 'correct horse battery staple';
const IC_LEVELS = ['IC1', 'IC2', 'IC3', 'IC4'];
const LARGE_IMPORT_ROWS = 10_000;

async function graphqlRequest(url, query, variables, cookie) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`seed request failed: ${response.status} ${JSON.stringify(body.errors)}`);
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

async function signUp(url, label) {
  const tag = randomBytes(4).toString('hex');
  const email = `admin-${label}-${tag}@example.com`;
  const { data, setCookie } = await graphqlRequest(
    url,
    'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id } }',
    { input: { organizationName: `Bench ${label} ${tag}`, name: `Admin ${label}`, email, password: PASSWORD } },
  );
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  return { id: data.signUp.id, email, cookie, tag };
}

/** One `importPeople` request for the whole file (managers come first); how long that request took. */
async function importCsv(url, cookie, rows) {
  const csv = ['email,name,title,level,manager email', ...rows].join('\n');
  const started = performance.now();
  const { data } = await graphqlRequest(url, 'mutation ImportPeople($input: ImportPeopleInput!) { importPeople(input: $input) { created rejected } }', { input: { csv } }, cookie);
  const ms = performance.now() - started;
  if (data.importPeople.rejected > 0 || data.importPeople.created !== rows.length) throw new Error(`import created ${data.importPeople.created} of ${rows.length} rows`);
  return { rows: rows.length, ms };
}

/** A session for a person, as a log-in writes it: only the token's hash is stored. */
export async function openSession(db, email) {
  const token = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(token).digest();
  const { rows } = await db.query(
    `UPDATE people SET status = 'ACTIVE' WHERE lower(email) = lower($1) RETURNING id, organization_id`,
    [email],
  );
  await db.query(
    `INSERT INTO sessions (organization_id, person_id, token_hash, created_at, expires_at, signed_in_at, last_used_at, absolute_expires_at)
     VALUES ($1, $2, $3, now(), now() + interval '1 day', now(), now(), now() + interval '1 day')`,
    [rows[0].organization_id, rows[0].id, hash],
  );
  return { id: rows[0].id, organizationId: rows[0].organization_id, cookie: `onward_session=${token}` };
}

/**
 * Each report of the manager shares three roles (a step up, the same level, a management role) and
 * keeps one unshared; the manager has opened every other report's roles. A third of the reports had
 * a debrief, a third an interview-practice conversation, at spread-out dates; the rest never practised.
 * The manager also keeps 60 roles of their own, for `myInterestingRoles(first: 50)`.
 */
async function addActivity(db, manager) {
  await db.query(
    `INSERT INTO interesting_roles (organization_id, owner_id, title, company, source, shared_at, share_message, level_id, created_at, updated_at)
     SELECT p.organization_id, p.id, t.title, 'Elsewhere Ltd', 'FOUND_IT',
            CASE WHEN t.shared THEN now() - ((row_number() OVER (ORDER BY p.id, t.n)) || ' minutes')::interval END,
            CASE WHEN t.shared THEN 'Have a look' END, l.id, now() - interval '2 days', now()
       FROM people p
       CROSS JOIN (VALUES (1, 'Staff Engineer', 'IC4', true), (2, 'Senior Engineer', 'IC2', true), (3, 'Engineering Manager', 'M1', true), (4, 'Principal Engineer', 'IC6', false)) AS t(n, title, key, shared)
       JOIN levels l ON l.organization_id = p.organization_id AND l.key = t.key
      WHERE p.organization_id = $1 AND p.manager_id = $2`,
    [manager.organizationId, manager.id],
  );
  await db.query(
    `INSERT INTO role_views (organization_id, role_id, viewer_id, viewed_at)
     SELECT r.organization_id, r.id, $2, now()
       FROM interesting_roles r JOIN people p ON p.id = r.owner_id
      WHERE r.organization_id = $1 AND p.manager_id = $2 AND r.shared_at IS NOT NULL AND get_byte(uuid_send(p.id), 15) % 2 = 0`,
    [manager.organizationId, manager.id],
  );
  const reports = `SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM people WHERE organization_id = $1 AND manager_id = $2`;
  await db.query(
    `INSERT INTO debriefs (organization_id, report_id, held_by_id, held_on, stages, themes, created_at, updated_at)
     SELECT organization_id, id, $2, current_date - (n * 7 % 500)::int, '{}', '{}', now(), now() FROM (${reports}) r WHERE n % 3 = 0`,
    [manager.organizationId, manager.id],
  );
  await db.query(
    `INSERT INTO conversations (organization_id, report_id, held_by_id, kind, held_on, answers, created_at, updated_at)
     SELECT organization_id, id, $2, 'INTERVIEW_PRACTICE', current_date - (n * 11 % 400)::int, '{}', now(), now() FROM (${reports}) r WHERE n % 3 = 1`,
    [manager.organizationId, manager.id],
  );
  await db.query(
    `INSERT INTO interesting_roles (organization_id, owner_id, title, company, source, level_id, created_at, updated_at)
     SELECT $1, $2, 'Director ' || g, 'Other Co', 'FOUND_IT', (SELECT id FROM levels WHERE organization_id = $1 AND key = 'M2'), now() - (g || ' hours')::interval, now()
       FROM generate_series(1, 60) g`,
    [manager.organizationId, manager.id],
  );
}

function reportRows(tag, managerEmail, count) {
  return Array.from({ length: count }, (_, i) => `r${i}-${tag}-${managerEmail.split('@')[0]}@example.com,Report ${i} of ${managerEmail.split('@')[0]},Engineer,${IC_LEVELS[i % IC_LEVELS.length]},${managerEmail}`);
}

/**
 * One organization with managers of 5, 50 and 500 reports; one with a 10,000-row file (10,001 people
 * with the admin) holding a manager of 50. Each organization's people come in one import request.
 */
export async function seed(url, db, sizes) {
  const teams = await signUp(url, 'teams');
  const managers = sizes.map((size) => ({ size, email: `m${size}-${teams.tag}@example.com` }));
  const teamsImport = await importCsv(url, teams.cookie, [
    ...managers.map((m) => `${m.email},Manager of ${m.size},Engineering Manager,M1,${teams.email}`),
    ...managers.flatMap((m) => reportRows(teams.tag, m.email, m.size)),
  ]);

  const large = await signUp(url, 'large');
  const leads = Array.from({ length: 199 }, (_, i) => `lead${i}-${large.tag}@example.com`);
  const benchManager = `m50-${large.tag}@example.com`;
  const rows = [
    `${benchManager},Manager of 50,Engineering Manager,M1,${large.email}`,
    ...leads.map((email, i) => `${email},Lead ${i},Engineering Manager,M1,${large.email}`),
    ...reportRows(large.tag, benchManager, 50),
  ];
  // Everyone else (to 10,000 rows, the most one file may hold) reports to one of the leads.
  for (let i = 0; rows.length < LARGE_IMPORT_ROWS; i++) rows.push(`p${i}-${large.tag}@example.com,Person ${i},Engineer,${IC_LEVELS[i % 4]},${leads[i % leads.length]}`);
  const largeImport = await importCsv(url, large.cookie, rows);

  const viewers = [];
  for (const m of managers) viewers.push({ label: `team of ${m.size}`, size: m.size, ...(await openSession(db, m.email)) });
  viewers.push({ label: '10k org, team of 50', size: 50, ...(await openSession(db, benchManager)) });
  for (const v of viewers) await addActivity(db, v);
  await db.query('ANALYZE');
  const { rows: counts } = await db.query(`SELECT o.name, count(*)::int AS people FROM people p JOIN organizations o ON o.id = p.organization_id GROUP BY o.name ORDER BY 2`);
  return { viewers, counts, imports: [teamsImport, largeImport] };
}

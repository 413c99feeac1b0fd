// The practical limit, not a product: node:http + pg answering the four measured operations with one
// hand-written statement each (session look-up included, by the hash of the session cookie's token,
// as the API's sessions do). It connects as the database owner, so the organization filter is in
// every statement instead of row-level security. It dispatches on the operation name of the web
// app's documents and ignores the document text; the rules that are pure code (the practice cadence)
// come from libs/domain as built for the API, so both servers apply the same rule to the same facts.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { practiceStatus, DEFAULT_PRACTICE_CADENCE_MONTHS } = require('../dist/libs/domain/src/index.js');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const VIEWER = `
  WITH v AS (SELECT p.* FROM sessions s JOIN people p ON p.id = s.person_id AND p.organization_id = s.organization_id
              WHERE s.token_hash = $1 AND s.expires_at > now() AND p.status = 'ACTIVE')`;

const LEVEL = (alias) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'key', ${alias}.key, 'name', ${alias}.name) END`;
const ISO = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const STRETCH = (role, owner) => `CASE WHEN ${role}.rank IS NULL OR ${owner}.rank IS NULL THEN 'UNRATED'
  WHEN ${role}.rank > ${owner}.rank THEN 'STEP_UP' WHEN ${role}.rank < ${owner}.rank THEN 'STEP_DOWN' ELSE 'SAME_LEVEL' END`;
const TRACK_CHANGE = (role, owner) => `COALESCE(${role}.track <> ${owner}.track, false)`;

const STATEMENTS = {
  Viewer: `${VIEWER}
    SELECT json_build_object('id', v.id, 'name', v.name, 'email', v.email, 'isAdmin', v.is_admin, 'status', v.status,
             'directReports', COALESCE((SELECT json_agg(json_build_object('id', r.id)) FROM people r
                                         WHERE r.organization_id = v.organization_id AND r.manager_id = v.id AND r.status <> 'DEACTIVATED'), '[]')) AS me
      FROM v`,
  Team: `${VIEWER}
    SELECT o.id AS org_id, o.practice_cadence_months AS cadence, v.id AS me_id,
           COALESCE(json_agg(json_build_object('id', r.id, 'name', r.name, 'title', r.title, 'level', ${LEVEL('l')},
             'joinedAt', r.joined_at, 'managedSince', rl.started_at, 'last', practice.last)) FILTER (WHERE r.id IS NOT NULL), '[]') AS reports
      FROM v JOIN organizations o ON o.id = v.organization_id
      LEFT JOIN people r ON r.organization_id = v.organization_id AND r.manager_id = v.id AND r.status <> 'DEACTIVATED'
      LEFT JOIN levels l ON l.organization_id = r.organization_id AND l.id = r.level_id
      LEFT JOIN reporting_lines rl ON rl.organization_id = r.organization_id AND rl.report_id = r.id AND rl.ended_at IS NULL
      LEFT JOIN LATERAL (
        SELECT to_char(max(x.held_on), 'YYYY-MM-DD') AS last FROM (
          SELECT organization_id, report_id, held_by_id, held_on FROM debriefs WHERE organization_id = r.organization_id AND report_id = r.id
          UNION ALL
          SELECT organization_id, report_id, held_by_id, held_on FROM conversations WHERE organization_id = r.organization_id AND report_id = r.id AND kind = 'INTERVIEW_PRACTICE') x
         WHERE x.held_by_id = v.id OR EXISTS (SELECT 1 FROM record_shares rs WHERE rs.organization_id = x.organization_id AND rs.report_id = x.report_id AND rs.manager_id = v.id AND rs.ended_at IS NULL)
      ) practice ON true
     GROUP BY o.id, v.id`,
  SharedWithMe: `${VIEWER}
    SELECT (SELECT count(*)::int FROM interesting_roles r JOIN people o ON o.organization_id = r.organization_id AND o.id = r.owner_id
             WHERE r.organization_id = v.organization_id AND o.manager_id = v.id AND r.shared_at IS NOT NULL) AS total,
           COALESCE((SELECT json_agg(x ORDER BY x."sharedAt" DESC, x.id DESC) FROM (
             SELECT r.id, r.title, r.company, true AS "isShared", ${ISO('r.shared_at')} AS "sharedAt",
                    (seen.at IS NULL OR seen.at < r.shared_at) AS unread,
                    ${STRETCH('rl', 'ol')} AS stretch, ${TRACK_CHANGE('rl', 'ol')} AS "trackChange",
                    ${STRETCH('rl', 'ol')} = 'SAME_LEVEL' AS "satisfactionConversationSuggested",
                    ${LEVEL('rl')} AS level, json_build_object('id', o.id, 'name', o.name) AS owner
               FROM interesting_roles r
               JOIN people o ON o.organization_id = r.organization_id AND o.id = r.owner_id
               LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
               LEFT JOIN levels ol ON ol.organization_id = o.organization_id AND ol.id = o.level_id
               LEFT JOIN LATERAL (SELECT max(viewed_at) AS at FROM role_views w WHERE w.organization_id = r.organization_id AND w.role_id = r.id AND w.viewer_id = v.id) seen ON true
              WHERE r.organization_id = v.organization_id AND o.manager_id = v.id AND r.shared_at IS NOT NULL
              ORDER BY r.shared_at DESC, r.id DESC LIMIT $2 + 1) x), '[]') AS rows
      FROM v`,
  MyRoles: `${VIEWER}
    SELECT (SELECT count(*)::int FROM interesting_roles r WHERE r.organization_id = v.organization_id AND r.owner_id = v.id) AS total,
           COALESCE((SELECT json_agg(x ORDER BY x."createdAt" DESC, x.id DESC) FROM (
             SELECT r.id, r.title, r.company, r.location, r.remote, r.outcome,
                    ${STRETCH('rl', 'ol')} AS stretch, ${TRACK_CHANGE('rl', 'ol')} AS "trackChange",
                    r.shared_at IS NOT NULL AS "isShared", ${ISO('r.created_at')} AS "createdAt", ${LEVEL('rl')} AS level
               FROM interesting_roles r
               LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
               LEFT JOIN levels ol ON ol.organization_id = v.organization_id AND ol.id = v.level_id
              WHERE r.organization_id = v.organization_id AND r.owner_id = v.id
              ORDER BY r.created_at DESC, r.id DESC LIMIT $2 + 1) x), '[]') AS rows
      FROM v`,
};

const cursor = (at, id) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

function connection(row, first, keyOf) {
  const edges = row.rows.slice(0, first).map((node) => ({ cursor: cursor(keyOf(node), node.id), node }));
  return { totalCount: row.total, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: row.rows.length > first }, edges };
}

function teamOf(row) {
  const now = new Date();
  const cadenceMonths = row.cadence ?? DEFAULT_PRACTICE_CADENCE_MONTHS;
  const directReports = row.reports.map(({ joinedAt, managedSince, last, ...report }) => {
    const status = practiceStatus({
      joinedAt: new Date(joinedAt),
      managedSince: managedSince ? new Date(managedSince) : null,
      lastPracticeAt: last ? new Date(`${last}T00:00:00Z`) : null,
      cadenceMonths,
      now,
    });
    return { ...report, practiceStatus: { state: status.state, covered: status.covered, dueOn: status.dueAt.toISOString().slice(0, 10), lastPracticeOn: last } };
  });
  return { organization: { id: row.org_id, practiceCadenceMonths: row.cadence }, me: { id: row.me_id, directReports } };
}

async function answer(operationName, variables, tokenHash) {
  const first = variables?.first ?? 50;
  const params = operationName === 'SharedWithMe' || operationName === 'MyRoles' ? [tokenHash, first] : [tokenHash];
  const { rows } = await pool.query(STATEMENTS[operationName], params);
  if (rows.length === 0) return null;
  const [row] = rows;
  if (operationName === 'Viewer') return { me: row.me };
  if (operationName === 'Team') return teamOf(row);
  if (operationName === 'SharedWithMe') return { sharedWithMe: connection(row, first, (n) => n.sharedAt) };
  return { myInterestingRoles: connection(row, first, (n) => n.createdAt) };
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sessionHash(cookieHeader) {
  const match = /(?:^|;\s*)onward_session=([^;]+)/.exec(cookieHeader ?? '');
  return match ? createHash('sha256').update(decodeURIComponent(match[1])).digest() : null;
}

const server = createServer((req, res) => {
  if (req.url === '/health') return send(res, 200, { ok: true });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { errors: [{ message: 'not found' }] });
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (!(operationName in STATEMENTS)) return send(res, 400, { errors: [{ message: `unknown operation ${operationName}` }] });
      const hash = sessionHash(req.headers.cookie);
      const data = hash && (await answer(operationName, variables, hash));
      if (!data) return send(res, 401, { errors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }] });
      send(res, 200, { data });
    } catch (error) {
      send(res, 500, { errors: [{ message: String(error) }] });
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));

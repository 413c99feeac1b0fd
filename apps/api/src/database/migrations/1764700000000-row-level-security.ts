import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second wall between organizations, in PostgreSQL itself: every tenant table shows and accepts
 * only rows of the organization set for the current transaction (`onward.organization_id`, set by
 * the API's tenant-scoped query runner). With none set, no tenant row is visible or writable.
 * FORCE makes the policies bind the tables' owner too; only a superuser passes them.
 *
 * The setting sits in a sub-select so PostgreSQL evaluates it once per statement and can use the
 * indexes that start with organization_id. `nullif(…, '')` because a setting once set by an
 * ended transaction reads as '' rather than NULL, and ''::uuid would fail.
 *
 * Some questions must be answered before any organization is known (whose session is this token,
 * whose invitation, which organization has this email). They are SECURITY DEFINER functions owned
 * by `onward_tenant_lookup`, which may read only the columns they need, each answering exactly one
 * question for a key the caller must already hold. Functions rather than a "cross-tenant" setting:
 * a setting would make whole tables readable to any statement of that transaction, and its `OR`
 * in the policies of people and sessions would cost every query its organization index.
 */
const TENANT_TABLES = [
  'levels', 'people', 'reporting_lines', 'sessions', 'invitations',
  'interesting_roles', 'role_interviews', 'role_comments', 'role_views',
  'debriefs', 'conversations', 'action_items', 'record_shares',
];
/** The tenant policy's organization, shared with later migrations that add tenant tables. */
export const ORGANIZATION = `(SELECT nullif(current_setting('onward.organization_id', true), '')::uuid)`;
export const APP_ROLE = `coalesce(nullif(current_setting('onward.app_role', true), ''), 'onward_app')`;

/** The columns each lookup reads, and nothing else of those tables. */
const LOOKUP_COLUMNS: Record<string, string> = {
  organizations: 'id',
  people: 'id, organization_id, email, status, is_admin',
  sessions: 'id, person_id, token_hash, expires_at, last_used_at',
  invitations: 'organization_id, token_hash',
};

export interface TenantLookup {
  signature: string;
  returns: string;
  body: string;
}

/** name(arguments) → body. Each is the only way its question crosses organizations. */
const LOOKUPS: TenantLookup[] = [
  {
    // Every request: the viewer behind a session cookie, and whether its session is due to slide on
    // (the slide is a write, made afterwards inside the viewer's organization).
    signature: 'cross_tenant_session_viewer(p_token_hash bytea, p_now timestamptz)',
    returns: 'TABLE (session_id uuid, person_id uuid, organization_id uuid, is_admin boolean, last_used_at timestamptz)',
    body: `SELECT s.id, p.id, p.organization_id, p.is_admin, s.last_used_at
             FROM public.sessions s JOIN public.people p ON p.id = s.person_id
            WHERE s.token_hash = p_token_hash AND s.expires_at > p_now AND p.status = 'ACTIVE'`,
  },
  {
    // Log-in: which organization to look for this email in.
    signature: 'cross_tenant_email_organization(p_email text)',
    returns: 'uuid',
    body: `SELECT organization_id FROM public.people WHERE lower(email) = lower(p_email)`,
  },
  {
    // Emails are unique across Onward: sign-up, invitations and imports check before writing.
    signature: 'cross_tenant_emails_in_use(p_emails text[])',
    returns: 'SETOF text',
    body: `SELECT lower(email) FROM public.people WHERE lower(email) IN (SELECT lower(e) FROM unnest(p_emails) AS e)`,
  },
  {
    // An invitation link: which organization to preview or accept it in.
    signature: 'cross_tenant_invitation_organization(p_token_hash bytea)',
    returns: 'uuid',
    body: `SELECT organization_id FROM public.invitations WHERE token_hash = p_token_hash`,
  },
  {
    // The demo seed goes only into a database with no organization at all.
    signature: 'cross_tenant_any_organization()',
    returns: 'boolean',
    body: `SELECT EXISTS (SELECT 1 FROM public.organizations)`,
  },
];

export class RowLevelSecurity1764700000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, column] of [['organizations', 'id'], ...TENANT_TABLES.map((t) => [t, 'organization_id'])]) await isolateTenantTable(q, table, column);
    for (const [table, columns] of Object.entries(LOOKUP_COLUMNS)) {
      await q.query(`GRANT SELECT (${columns}) ON ${table} TO onward_tenant_lookup`);
      await q.query(`CREATE POLICY tenant_lookup ON ${table} FOR SELECT TO onward_tenant_lookup USING (true)`);
    }
    for (const lookup of LOOKUPS) await createTenantLookup(q, lookup);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const lookup of LOOKUPS) await q.query(`DROP FUNCTION ${lookup.signature}`);
    for (const [table, columns] of Object.entries(LOOKUP_COLUMNS)) {
      await q.query(`DROP POLICY tenant_lookup ON ${table}`);
      await q.query(`REVOKE SELECT (${columns}) ON ${table} FROM onward_tenant_lookup`);
    }
    for (const table of ['organizations', ...TENANT_TABLES]) {
      await q.query(`DROP POLICY tenant_isolation ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}

/** The wall on one tenant table: ENABLE and FORCE row-level security, and the policy on its organization column. */
export async function isolateTenantTable(q: QueryRunner, table: string, column = 'organization_id'): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (${column} = ${ORGANIZATION}) WITH CHECK (${column} = ${ORGANIZATION})`);
}

/** A SECURITY DEFINER lookup owned by the lookup role, callable by the app role only. */
export async function createTenantLookup(q: QueryRunner, lookup: TenantLookup): Promise<void> {
  await q.query(`
    CREATE FUNCTION ${lookup.signature} RETURNS ${lookup.returns}
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ ${lookup.body} $$`);
  await q.query(`ALTER FUNCTION ${lookup.signature} OWNER TO onward_tenant_lookup`);
  await q.query(`REVOKE ALL ON FUNCTION ${lookup.signature} FROM PUBLIC`);
  await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${lookup.signature} TO %I', ${APP_ROLE}); END $$`);
}

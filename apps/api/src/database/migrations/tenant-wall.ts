import type { QueryRunner } from 'typeorm';

/**
 * What the row-level-security migration did to the tables of its day, for tables added after it:
 * the same policy on organization_id, and lookups of the same kind. Migrations that call these
 * must keep working as written, so change nothing here that an applied migration relied on.
 */
const ORGANIZATION = `(SELECT nullif(current_setting('onward.organization_id', true), '')::uuid)`;
const APP_ROLE = `coalesce(nullif(current_setting('onward.app_role', true), ''), 'onward_app')`;

/** ENABLE and FORCE row-level security with the tenant policy, reads and writes alike. */
export async function wallTenantTable(q: QueryRunner, table: string): Promise<void> {
  await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  await q.query(`CREATE POLICY tenant_isolation ON ${table} USING (organization_id = ${ORGANIZATION}) WITH CHECK (organization_id = ${ORGANIZATION})`);
}

export interface TenantLookup {
  /** name(arguments) */
  signature: string;
  returns: string;
  body: string;
  /** The table it reads and the only columns the lookup role may read of it. */
  table: string;
  columns: string;
}

/**
 * A SECURITY DEFINER function owned by `onward_tenant_lookup`, answering one question before any
 * organization is known, for a key the caller already holds; only the app role may call it.
 */
export async function createTenantLookup(q: QueryRunner, lookup: TenantLookup): Promise<void> {
  await q.query(`GRANT SELECT (${lookup.columns}) ON ${lookup.table} TO onward_tenant_lookup`);
  await q.query(`CREATE POLICY tenant_lookup ON ${lookup.table} FOR SELECT TO onward_tenant_lookup USING (true)`);
  await q.query(`
    CREATE FUNCTION ${lookup.signature} RETURNS ${lookup.returns}
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
      AS $$ ${lookup.body} $$`);
  await q.query(`ALTER FUNCTION ${lookup.signature} OWNER TO onward_tenant_lookup`);
  await q.query(`REVOKE ALL ON FUNCTION ${lookup.signature} FROM PUBLIC`);
  await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${lookup.signature} TO %I', ${APP_ROLE}); END $$`);
}

import type { DataSource } from 'typeorm';

/** Tables the wall must cover: organizations, and every table with an organization_id column. */
export async function tenantTables(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query(
    `SELECT c.relname AS name
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
        AND (c.relname = 'organizations'
             OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped))
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

export interface WallProblem {
  table: string;
  problem: string;
}

/**
 * What is wrong with the wall, read from the catalog: a tenant table without ENABLE and FORCE
 * row-level security, without the tenant policy on its organization column, or with another
 * policy that could let rows through (only the lookup role's read-only one is expected).
 */
export async function wallProblems(db: DataSource): Promise<WallProblem[]> {
  const tables: { name: string; enabled: boolean; forced: boolean }[] = await db.query(
    `SELECT relname AS name, relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
    [await tenantTables(db)],
  );
  const policies: { table: string; name: string; permissive: string; roles: string[]; cmd: string; qual: string | null; check: string | null }[] = await db.query(
    `SELECT tablename AS table, policyname AS name, permissive, roles::text[] AS roles, cmd, qual, with_check AS check
       FROM pg_policies WHERE schemaname = 'public'`,
  );
  const problems: WallProblem[] = [];
  for (const { name: table, enabled, forced } of tables) {
    if (!enabled) problems.push({ table, problem: 'row-level security is not enabled' });
    if (!forced) problems.push({ table, problem: 'row-level security is not forced' });
    const column = table === 'organizations' ? 'id' : 'organization_id';
    const guards = (expression: string | null) => Boolean(expression?.startsWith(`(${column} = ( SELECT`) && expression.includes(`'onward.organization_id'`));
    const own = policies.filter((p) => p.table === table);
    const tenant = own.find((p) => p.name === 'tenant_isolation');
    if (!tenant || tenant.cmd !== 'ALL' || tenant.permissive !== 'PERMISSIVE' || !guards(tenant.qual) || !guards(tenant.check)) {
      problems.push({ table, problem: `no tenant_isolation policy on ${column} for every command` });
    }
    for (const other of own.filter((p) => p !== tenant)) {
      const lookupRead = other.cmd === 'SELECT' && other.roles.length === 1 && other.roles[0] === 'onward_tenant_lookup';
      if (other.permissive === 'PERMISSIVE' && !lookupRead) problems.push({ table, problem: `policy ${other.name} lets more rows through` });
    }
  }
  return problems;
}

import { DataSource } from 'typeorm';
import { withOrganization } from '../src/database/tenant-scope';
import { PersonEntity } from '../src/people/person.entity';
import { signUpOrganization } from './builders';
import { tenantTables } from './tenant-catalog';
import { startTestApp, TestApp } from './test-app';

/**
 * The database's own wall: statements sent through the API's DataSource with no organization
 * filter of their own still reach only the rows of the organization in scope.
 */
describe('row-level security', () => {
  let app: TestApp;
  let a: string;
  let b: string;
  let db: DataSource;

  async function organizationWithRecords(): Promise<string> {
    const org = await signUpOrganization(app);
    const [{ organization_id: id }] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [org.admin.id]);
    await app.db.query(
      `INSERT INTO interesting_roles (organization_id, owner_id, title, source) SELECT $1, $2, 'Staff Engineer', 'FOUND_IT' FROM generate_series(1, 3)`,
      [id, org.admin.id],
    );
    await app.db.query(`INSERT INTO debriefs (organization_id, report_id, held_by_id, held_on) VALUES ($1, $2, $2, current_date)`, [id, org.admin.id]);
    return id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = app.appDb;
    a = await organizationWithRecords();
    b = await organizationWithRecords();
  });
  afterAll(() => app.close());

  const organizationsOf = (rows: { organization_id: string }[]) => [...new Set(rows.map((r) => r.organization_id))];

  it('a query with no organization filter returns only the rows of the organization in scope', async () => {
    for (const table of ['interesting_roles', 'debriefs', 'people', 'levels', 'sessions']) {
      const rows = await withOrganization(a, () => db.query(`SELECT * FROM ${table}`));
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [a]);
      expect({ table, organizations: organizationsOf(rows), count: rows.length }).toEqual({ table, organizations: [a], count: n });
    }
    expect(await withOrganization(a, () => db.query('SELECT id FROM organizations'))).toEqual([{ id: a }]);
    // The owner sees both: the rows are there, the wall is what hides them.
    expect(organizationsOf(await app.db.query('SELECT organization_id FROM interesting_roles')).sort()).toEqual([a, b].sort());
  });

  it('holds inside transactions, repositories and many concurrent statements of two organizations', async () => {
    const inTransaction = await withOrganization(b, () =>
      db.transaction(async (manager) => ({
        roles: await manager.query('SELECT organization_id FROM interesting_roles'),
        setting: (await manager.query(`SELECT current_setting('onward.organization_id', true) AS v`))[0].v,
      })),
    );
    expect(organizationsOf(inTransaction.roles)).toEqual([b]);
    expect(inTransaction.setting).toBe(b);
    const people = await withOrganization(b, () => db.getRepository(PersonEntity).find());
    expect(new Set(people.map((p) => p.organizationId))).toEqual(new Set([b]));

    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const org = i % 2 === 0 ? a : b;
        return withOrganization(org, async () => {
          await new Promise((resolve) => setTimeout(resolve, i % 3));
          return { org, seen: organizationsOf(await db.query('SELECT organization_id FROM debriefs')) };
        });
      }),
    );
    for (const { org, seen } of answers) expect(seen).toEqual([org]);
  });

  it('with no organization set, no tenant row comes back at all', async () => {
    for (const table of await tenantTables(app.db)) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });

  it('a pooled connection carries no organization over to its next use', async () => {
    const runner = db.createQueryRunner();
    const setting = async () => (await runner.query(`SELECT current_setting('onward.organization_id', true) AS v`))[0].v || null;
    try {
      expect(await withOrganization(a, () => runner.query('SELECT count(*)::int AS n FROM debriefs'))).toEqual([{ n: 1 }]);
      expect(await setting()).toBeNull();
      expect(await runner.query('SELECT count(*)::int AS n FROM debriefs')).toEqual([{ n: 0 }]);
      // One connection serving two organizations in turn, and a transaction with none after them.
      expect(await withOrganization(a, () => runner.query('SELECT organization_id FROM interesting_roles')).then(organizationsOf)).toEqual([a]);
      expect(await withOrganization(b, () => runner.query('SELECT organization_id FROM interesting_roles')).then(organizationsOf)).toEqual([b]);
      await runner.startTransaction();
      expect(await runner.query('SELECT count(*)::int AS n FROM interesting_roles')).toEqual([{ n: 0 }]);
      expect(await setting()).toBeNull();
      await runner.commitTransaction();
      await withOrganization(a, () => runner.startTransaction());
      await runner.commitTransaction();
      expect(await runner.query('SELECT count(*)::int AS n FROM debriefs')).toEqual([{ n: 0 }]);
      // A transaction for b on a connection last used for a sees b, and a again after it ends.
      await withOrganization(a, () => runner.query('SELECT 1'));
      const inB = await withOrganization(b, async () => {
        await runner.startTransaction();
        const rows = await runner.query('SELECT organization_id FROM interesting_roles');
        await runner.rollbackTransaction();
        return organizationsOf(rows);
      });
      expect(inB).toEqual([b]);
      expect(await withOrganization(a, () => runner.query('SELECT organization_id FROM interesting_roles')).then(organizationsOf)).toEqual([a]);
      // A cross-tenant lookup, sent as it is on a connection that carries a, answers for b all the same.
      const [person] = await app.db.query('SELECT email FROM people WHERE organization_id = $1 LIMIT 1', [b]);
      expect(await runner.query('SELECT cross_tenant_email_organization($1) AS id', [person.email])).toEqual([{ id: b }]);
      expect(await runner.query('SELECT count(*)::int AS n FROM interesting_roles')).toEqual([{ n: 0 }]);
    } finally {
      await runner.release();
    }
  });

  it('every statement of a pool shared by two organizations and unscoped work sees exactly its own scope', async () => {
    const runs = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const org = [a, b, undefined][i % 3];
        const read = () => db.query('SELECT organization_id FROM interesting_roles').then(organizationsOf);
        return (org ? withOrganization(org, read) : read()).then((seen) => ({ org, seen }));
      }),
    );
    for (const { org, seen } of runs) expect(seen).toEqual(org ? [org] : []);
  });

  it('refuses to write a row of another organization, or a row with none in scope', async () => {
    const [owner] = await app.db.query('SELECT id FROM people WHERE organization_id = $1 LIMIT 1', [b]);
    const insert = `INSERT INTO debriefs (organization_id, report_id, held_by_id, held_on) VALUES ($1, $2, $2, current_date)`;
    await expect(withOrganization(a, () => db.query(insert, [b, owner.id]))).rejects.toThrow(/row-level security/);
    await expect(db.query(insert, [b, owner.id])).rejects.toThrow(/row-level security/);
    const [role] = await app.db.query('SELECT id FROM interesting_roles WHERE organization_id = $1 LIMIT 1', [a]);
    await expect(withOrganization(a, () => db.query('UPDATE interesting_roles SET organization_id = $2 WHERE id = $1', [role.id, b]))).rejects.toThrow(
      /row-level security/,
    );
    // Another organization's rows cannot be changed or deleted either: they are not there.
    expect(await withOrganization(a, () => db.query(`UPDATE debriefs SET went_well = 'x' WHERE organization_id = $1`, [b]))).toEqual([[], 0]);
    expect(await withOrganization(a, () => db.query('DELETE FROM interesting_roles WHERE organization_id = $1', [b]))).toEqual([[], 0]);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM interesting_roles WHERE organization_id = $1', [b]);
    expect(n).toBe(3);
  });

  it('the API connects as a role that owns no table, is no superuser and cannot bypass row-level security', async () => {
    const [role] = await db.query(
      `SELECT current_user AS name, r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)::int AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(role).toEqual({ name: 'onward_app', rolsuper: false, rolbypassrls: false, owned: 0 });
    await expect(db.query('CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(db.query(`INSERT INTO migrations (timestamp, name) VALUES (1, 'x')`)).rejects.toThrow(/permission denied/);
    expect((await db.query('SELECT count(*)::int AS n FROM migrations'))[0].n).toBeGreaterThan(0);
  });

  it('cross-tenant lookups answer their one question and reach no other column', async () => {
    const [person] = await app.db.query('SELECT email FROM people WHERE organization_id = $1 LIMIT 1', [b]);
    expect(await db.query('SELECT cross_tenant_email_organization($1) AS id', [person.email.toUpperCase()])).toEqual([{ id: b }]);
    await app.db.transaction(async (owner) => {
      await owner.query('SET LOCAL ROLE onward_tenant_lookup');
      await expect(owner.query('SELECT password_hash FROM people LIMIT 1')).rejects.toThrow(/permission denied/);
    });
  });
});

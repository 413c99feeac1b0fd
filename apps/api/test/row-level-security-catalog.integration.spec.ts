import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ownerDataSourceOptions } from '../src/database/app-role';
import { prepareDatabase } from '../src/database/prepare-database';
import { tenantTables, wallProblems } from './tenant-catalog';
import { createTestDatabase } from './test-database';

const role = { databaseAppUser: 'onward_app', databaseAppPassword: process.env.ONWARD_DB_APP_PASSWORD };

/** The wall as the catalog shows it, on a freshly migrated database. */
describe('row-level security in the catalog', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let owner: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database.url, role);
    owner = await new DataSource(ownerDataSourceOptions(database.url, role)).initialize();
  });
  afterAll(async () => {
    await owner.destroy();
    await database.drop();
  });

  it('covers organizations and every table with an organization_id', async () => {
    expect(await tenantTables(owner)).toEqual([
      'action_items', 'calendar_feeds', 'conversations', 'debriefs', 'interesting_roles', 'invitations', 'levels', 'notification_settings',
      'nudge_outbox', 'nudges', 'organizations', 'password_resets', 'people', 'record_shares', 'reporting_lines', 'role_comments', 'role_interviews',
      'role_views', 'sessions',
    ]);
    expect(await wallProblems(owner)).toEqual([]);
  });

  it('leaves outside the wall only tables that hold no organization’s data, which the app role may use', async () => {
    // Log-in attempts, reset requests and the key secrets exist before anyone's organization is known.
    const outside = await owner.query(
      `SELECT relname AS name, relrowsecurity AS rls,
              array(SELECT p FROM unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) AS p WHERE has_table_privilege('onward_app', c.oid, p)) AS app
         FROM pg_class c
        WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT (relname = ANY($1))
        ORDER BY 1`,
      [await tenantTables(owner)],
    );
    expect(outside).toEqual([
      { name: 'login_attempts', rls: false, app: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
      { name: 'migrations', rls: false, app: ['SELECT'] },
      { name: 'password_reset_requests', rls: false, app: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
      { name: 'server_secrets', rls: false, app: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] },
    ]);
  });

  it('lets the lookup role read only the columns its functions need', async () => {
    const readable = await owner.query(
      `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attname) AS columns
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND has_column_privilege('onward_tenant_lookup', c.oid, a.attnum, 'SELECT')
        GROUP BY 1 ORDER BY 1`,
    );
    expect(readable).toEqual([
      { table: 'calendar_feeds', columns: ['organization_id', 'token_hash'] },
      { table: 'invitations', columns: ['organization_id', 'token_hash'] },
      // which organizations have nudge mail waiting: the waiting rows' columns, nothing they say
      { table: 'nudge_outbox', columns: ['digest_id', 'organization_id', 'sent_at', 'skipped_at'] },
      { table: 'organizations', columns: ['id'] },
      { table: 'password_resets', columns: ['organization_id', 'token_hash'] },
      { table: 'people', columns: ['email', 'id', 'is_admin', 'joined_at', 'level_id', 'manager_id', 'name', 'organization_id', 'status', 'title'] },
      // last_used_at: whether the session is due to slide on, which is then written inside its organization.
      { table: 'sessions', columns: ['expires_at', 'id', 'last_used_at', 'person_id', 'token_hash'] },
    ]);
  });

  it('names a tenant table added without the wall, or a policy that opens it', async () => {
    await owner.query('CREATE TABLE notes (id int, organization_id uuid)');
    await owner.query('CREATE POLICY everyone ON levels USING (true)');
    try {
      expect(await wallProblems(owner)).toEqual([
        { table: 'levels', problem: 'policy everyone lets more rows through' },
        { table: 'notes', problem: 'row-level security is not enabled' },
        { table: 'notes', problem: 'row-level security is not forced' },
        { table: 'notes', problem: 'no tenant_isolation policy on organization_id for every command' },
      ]);
      await owner.query('ALTER TABLE notes ENABLE ROW LEVEL SECURITY');
      await owner.query('ALTER TABLE notes FORCE ROW LEVEL SECURITY');
      await owner.query(`CREATE POLICY tenant_isolation ON notes USING (organization_id = (SELECT nullif(current_setting('onward.organization_id', true), '')::uuid))`);
      expect(await wallProblems(owner)).toContainEqual({ table: 'notes', problem: 'no tenant_isolation policy on organization_id for every command' });
    } finally {
      await owner.query('DROP POLICY everyone ON levels');
      await owner.query('DROP TABLE notes');
    }
  });

  it('has no view that would read as its owner, and no other SECURITY DEFINER function', async () => {
    const views = await owner.query(
      `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('v', 'm')
          AND NOT coalesce(reloptions @> '{security_invoker=true}', false)`,
    );
    expect(views).toEqual([]);
    const definers: { name: string; owner: string; public: boolean }[] = await owner.query(
      `SELECT p.proname AS name, p.proowner::regrole::text AS owner,
              EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a WHERE a.grantee = 0) AS public
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1`,
    );
    expect(definers.map((d) => d.name)).toEqual([
      'cross_tenant_any_organization', 'cross_tenant_calendar_feed_organization', 'cross_tenant_email_organization',
      'cross_tenant_emails_in_use', 'cross_tenant_invitation_organization', 'cross_tenant_nudge_mail_organizations', 'cross_tenant_organization_ids',
      'cross_tenant_password_reset_organization', 'cross_tenant_session_viewer',
    ]);
    expect(new Set(definers.map((d) => `${d.owner} public=${d.public}`))).toEqual(new Set(['onward_tenant_lookup public=false']));
    const [lookup] = await owner.query(`SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'onward_tenant_lookup'`);
    expect(lookup).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
  });
});

describe('the roles on a server shared by many databases', () => {
  it('databases migrating at once on one server create a missing role once and all grant to it', async () => {
    const name = `onward_app_race_${randomBytes(4).toString('hex')}`;
    const databases = await Promise.all([1, 2, 3].map(() => createTestDatabase()));
    const admin = new Client({ connectionString: process.env.ONWARD_TEST_SERVER_URL });
    await admin.connect();
    try {
      const urls = await Promise.all(databases.map((d) => prepareDatabase(d.url, { databaseAppUser: name, databaseAppPassword: 'race-password' })));
      for (const url of urls) {
        const app = new Client({ connectionString: url });
        await app.connect();
        try {
          expect((await app.query('SELECT current_user AS u, count(*)::int AS n FROM people')).rows).toEqual([{ u: name, n: 0 }]);
        } finally {
          await app.end();
        }
      }
    } finally {
      await Promise.all(databases.map((d) => d.drop()));
      await admin.query(`DROP ROLE IF EXISTS ${name}`);
      await admin.end();
    }
  }, 60_000);
});

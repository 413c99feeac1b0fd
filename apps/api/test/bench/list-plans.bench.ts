import { signUpOrganization, unique } from '../builders';
import { IMPORT } from '../operations';
import { startTestApp, TestApp } from '../test-app';

/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of statements over a realistic organization: 10,000 people, the
 * admin managing 500 of them directly, every person with 5 shared roles. Not part of the test run;
 * pass the statements (separated by ';;', $1 = organization, $2 = the manager) and run it by hand:
 *
 *   EXPLAIN_SQL='SELECT …;;SELECT …' DATABASE_URL=… npx jest -c apps/api/jest.config.ts --testMatch '**\/bench/list-plans.bench.ts'
 *
 * It reads as the database owner, so row-level security does not apply to these plans.
 */
describe('plans of paged lists', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  it('prints the plans', async () => {
    const org = await signUpOrganization(app);
    const d = unique('e');
    const first = Array.from({ length: 5000 }, (_, i) => `p${i}-${d}@example.com,Person ${i},Engineer,IC1,${i < 500 ? org.admin.email : `p${i % 500}-${d}@example.com`}`);
    const second = Array.from({ length: 5000 }, (_, i) => `q${i}-${d}@example.com,Quinn ${i},Engineer,IC2,p${i % 500}-${d}@example.com`);
    for (const rows of [first, second]) await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
    const [{ organization_id: orgId }] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [org.admin.id]);
    await app.db.query(`INSERT INTO interesting_roles (organization_id, owner_id, title, source, shared_at)
      SELECT p.organization_id, p.id, 'Role ' || g, 'FOUND_IT', now() - (random() * interval '300 days')
      FROM people p CROSS JOIN generate_series(1, 5) g WHERE p.organization_id = $1`, [orgId]);
    await app.db.query('ANALYZE');
    const [{ id: lead }] = await app.db.query('SELECT id FROM people WHERE email = $1', [`p0-${d}@example.com`]);
    const q = process.env.EXPLAIN_SQL!.split(';;');
    for (const sql of q) {
      const plan = await app.db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [orgId, process.env.EXPLAIN_AS === 'lead' ? lead : org.admin.id]);
      console.log(sql + '\n' + plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  }, 300_000);
});

import { signUpOrganization, unique } from './builders';
import { IMPORT } from './operations';
import { startTestApp, TestApp } from './test-app';

/**
 * An import is a few statements for the whole file, however long: the count is pinned here. The
 * time for a large file is measured by `test/bench/import-time.bench.ts`, not asserted.
 */
describe('importing a large file', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** A chart of `size` people: a few leads under the admin, everyone else under a lead. */
  function chart(adminEmail: string, size: number, d: string): string[] {
    const leads = Math.max(2, Math.floor(size / 50));
    return Array.from({ length: size }, (_, i) => {
      const email = `p${i}-${d}@example.com`;
      const manager = i < leads ? adminEmail : `p${i % leads}-${d}@example.com`;
      return `${email},Person ${i},Engineer,${['IC1', 'IC2', 'IC3'][i % 3]},${manager}`;
    });
  }

  async function importStatements(size: number) {
    const org = await signUpOrganization(app);
    const d = unique('s');
    const rows = chart(org.admin.email, size, d);
    const csv = (lines: string[]) => ['email,name,title,level,manager email', ...lines].join('\n');
    app.queries.reset();
    const created = await org.admin.client.ok(IMPORT, { input: { csv: csv(rows) } });
    const createCount = app.queries.count;
    expect(created.importPeople).toMatchObject({ applied: true, created: size });

    // Second run: every profile changes and every second person moves to another lead.
    const leads = Math.max(2, Math.floor(size / 50));
    const changed = rows.map((line, i) => {
      const [email, , , level, manager] = line.split(',');
      const newManager = i >= leads && i % 2 === 0 ? `p${(i + 1) % leads}-${d}@example.com` : manager;
      return `${email},Renamed ${i},Staff Engineer,${level},${newManager}`;
    });
    app.queries.reset();
    const updated = await org.admin.client.ok(IMPORT, { input: { csv: csv(changed) } });
    expect(updated.importPeople).toMatchObject({ applied: true, updated: size });
    return { createCount, updateCount: app.queries.count };
  }

  it('costs the same number of statements for 10 rows as for 1,000', async () => {
    const small = await importStatements(10);
    const large = await importStatements(1000);
    expect(large).toEqual(small);
    expect(small.createCount).toBeLessThanOrEqual(20);
    expect(small.updateCount).toBeLessThanOrEqual(20);
  }, 120_000);
});

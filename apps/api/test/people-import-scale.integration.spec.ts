import { signUpOrganization, unique } from './builders';
import { codeOf } from './graphql-client';
import { IMPORT } from './operations';
import { startTestApp, TestApp } from './test-app';

/**
 * An import is a few statements for the whole file, however long, up to the 10,000 people one file
 * may hold: the count is pinned here. The time for a large file is measured by
 * `test/bench/import-time.bench.ts` and by `npm run bench`, not asserted.
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

  it('takes a file of 10,000 people, the most one may hold, for the same number of statements as 10 rows', async () => {
    const small = await importStatements(10);
    const large = await importStatements(10_000);
    expect(large).toEqual(small);
    expect(small.createCount).toBeLessThanOrEqual(20);
    expect(small.updateCount).toBeLessThanOrEqual(20);
  }, 240_000);

  it('refuses a file of 10,001 people whole, writing nobody', async () => {
    const org = await signUpOrganization(app);
    const d = unique('o');
    const csv = ['email,name,title,level,manager email', ...chart(org.admin.email, 10_001, d)].join('\n');
    const result = await org.admin.client.request(IMPORT, { input: { csv } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('At most 10,000 people per file; this one has 10,001.');
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM people WHERE email LIKE $1', [`%-${d}@example.com`]);
    expect(n).toBe(0);
  });
});

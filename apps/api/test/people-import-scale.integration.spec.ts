import { readLimits } from '../src/config/app-config';
import { signUpOrganization, unique } from './builders';
import { IMPORT } from './operations';
import { startTestApp, TestApp } from './test-app';

/**
 * An import is a few statements for the whole file, however long: the count is pinned, the time
 * for a large file only printed (`ONWARD_IMPORT_ROWS=5000`, the most a file may hold, to measure; timings on a shared
 * machine are no assertion).
 */
describe('importing a large file', () => {
  let app: TestApp;
  const rows = Number(process.env.ONWARD_IMPORT_ROWS ?? 0);
  beforeAll(async () => {
    // A timed run may be the per-row import it replaced: let it finish rather than time out.
    const limits = { ...readLimits(), requestMs: 600_000, statementMs: 300_000, idleInTransactionMs: 300_000 };
    app = await startTestApp(rows > 0 ? { config: { limits } } : {});
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

  (rows > 0 ? it : it.skip)(`prints the time for ${rows} rows`, async () => {
    const org = await signUpOrganization(app);
    const csv = ['email,name,title,level,manager email', ...chart(org.admin.email, rows, unique('t'))].join('\n');
    const started = performance.now();
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    const ms = performance.now() - started;
    expect(importPeople.created).toBe(rows);
    console.log(`imported ${rows} new people in ${(ms / 1000).toFixed(2)} s`);
  }, 600_000);
});

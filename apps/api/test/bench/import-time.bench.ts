import { readLimits } from '../../src/config/app-config';
import { signUpOrganization, unique } from '../builders';
import { IMPORT } from '../operations';
import { startTestApp, TestApp } from '../test-app';

// How long a large org-chart import takes (not run by npm test; timings on a shared machine are no
// assertion): ONWARD_IMPORT_ROWS=10000 DATABASE_URL=… npx jest -c apps/api/jest.config.ts
//   --testMatch '**/bench/import-time.bench.ts'
// 10,000 rows is the most one file may hold.
describe('importing a large file, timed', () => {
  let app: TestApp;
  const rows = Number(process.env.ONWARD_IMPORT_ROWS ?? 10_000);
  beforeAll(async () => {
    // A timed run may be of the per-row import it replaced: let it finish rather than time out.
    const limits = { ...readLimits(), requestMs: 600_000, statementMs: 300_000, idleInTransactionMs: 300_000 };
    app = await startTestApp({ config: { limits } });
  });
  afterAll(() => app.close());

  it(`prints the time for ${rows} rows`, async () => {
    const org = await signUpOrganization(app);
    const leads = Math.max(2, Math.floor(rows / 50));
    const d = unique('t');
    const lines = Array.from({ length: rows }, (_, i) => {
      const manager = i < leads ? org.admin.email : `p${i % leads}-${d}@example.com`;
      return `p${i}-${d}@example.com,Person ${i},Engineer,${['IC1', 'IC2', 'IC3'][i % 3]},${manager}`;
    });
    const csv = ['email,name,title,level,manager email', ...lines].join('\n');
    const started = performance.now();
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv } });
    const ms = performance.now() - started;
    expect(importPeople.created).toBe(rows);
    console.log(`imported ${rows} new people in ${(ms / 1000).toFixed(2)} s`);
  }, 600_000);
});

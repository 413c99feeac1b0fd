import { signUpOrganization, unique } from './builders';
import { IMPORT, PEOPLE } from './operations';
import { startTestApp, TestApp } from './test-app';

const TEAM_PAGE = `query { me { id name level { key name } manager { name level { key } }
  directReports { id name title level { key name rank } manager { id name } directReports { id name level { key } } } } }`;

/** The number of SQL statements per request must not grow with the size of a team (DataLoaders). */
describe('statements per request', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function managerWithTeamOf(size: number) {
    const org = await signUpOrganization(app);
    const d = unique('t');
    const rows = Array.from({ length: size }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,${['IC1', 'IC2', 'IC3'][i % 3]},${org.admin.email}`);
    const { importPeople } = await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
    expect(importPeople.created).toBe(size);
    return org;
  }

  async function statementsFor(client: { ok(q: string, v?: Record<string, unknown>): Promise<unknown> }, query: string, variables?: Record<string, unknown>) {
    app.queries.reset();
    const data = await client.ok(query, variables);
    return { count: app.queries.count, data };
  }

  it('the team page costs the same for 5 reports as for 50', async () => {
    const small = await managerWithTeamOf(5);
    const large = await managerWithTeamOf(50);
    const a = await statementsFor(small.admin.client, TEAM_PAGE);
    const b = await statementsFor(large.admin.client, TEAM_PAGE);
    expect((a.data as { me: { directReports: unknown[] } }).me.directReports).toHaveLength(5);
    expect((b.data as { me: { directReports: unknown[] } }).me.directReports).toHaveLength(50);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThanOrEqual(8);
  });

  it('a page of people costs the same for 5 as for 50', async () => {
    const small = await managerWithTeamOf(5);
    const large = await managerWithTeamOf(50);
    const query = PEOPLE.replace('node { id name email status }', 'node { id name email status level { key } manager { name } directReports { id } }');
    const a = await statementsFor(small.admin.client, query, { first: 100 });
    const b = await statementsFor(large.admin.client, query, { first: 100 });
    expect(b.count).toBe(a.count);
  });
});

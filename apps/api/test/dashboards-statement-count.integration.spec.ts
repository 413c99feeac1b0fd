import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Member, signUpOrganization } from './builders';
import { OUTSIDE_PERSPECTIVE, TEAM_DASHBOARD } from './dashboards-operations';
import { seedTeam, shown } from './dashboards-support';
import type { GraphqlClient, VariablesArgument } from './graphql-client';
import { startTestApp, TestApp } from './test-app';

/** Each dashboard runs the same number of statements for a team of 5, 50 or 500 (set-wise SQL, loaders). */
describe('dashboard statements per request', () => {
  let app: TestApp;
  const managers = new Map<number, Member>();
  /** Per size, a leader over one manager of that many reports, and the organization's admin. */
  const leaders = new Map<number, { leader: Member; admin: Member }>();
  beforeAll(async () => {
    app = await startTestApp();
    for (const size of [5, 50, 500]) {
      const org = await signUpOrganization(app);
      const leader = await org.addMember({ name: `Leader of ${size}`, levelKey: 'M2' });
      const manager = await org.addMember({ name: `Manager of ${size}`, managerId: leader.id, levelKey: 'M1' });
      const [{ organization_id }]: { organization_id: string }[] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [manager.id]);
      await seedTeam(app, organization_id, manager.id, size);
      managers.set(size, manager);
      leaders.set(size, { leader, admin: org.admin });
    }
  }, 120_000);
  afterAll(() => app.close());

  async function statementsFor<TResult, TVariables>(client: GraphqlClient, document: TypedDocumentNode<TResult, TVariables>, ...variables: VariablesArgument<NoInfer<TVariables>>) {
    app.queries.reset();
    const data = await client.ok(document, ...variables);
    const counted = { count: app.queries.count, roundTrips: app.queries.roundTrips, data };
    if (process.env.ONWARD_PRINT_COUNTS) console.log(`${counted.count} statements, ${counted.roundTrips} round trips\n${app.queries.statements.join('\n---\n')}`);
    return counted;
  }

  it('the team dashboard', async () => {
    const counts: number[] = [];
    for (const [size, manager] of managers) {
      const { count, roundTrips, data } = await statementsFor(manager.client, TEAM_DASHBOARD);
      const d = data.teamDashboard;
      expect(d.reports).toHaveLength(size);
      expect(shown(d.coverage.team)).toBe(size);
      expect(shown(d.lastTwelveMonths.interviews)).toBeGreaterThan(0);
      expect(d.reports.every((r) => r.rolesShared === 2)).toBe(true);
      expect(roundTrips).toBeLessThanOrEqual(2 * count);
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(9);
  });

  it('the outside perspective', async () => {
    const counts: number[] = [];
    for (const [size, manager] of managers) {
      const { count, data } = await statementsFor(manager.client, OUTSIDE_PERSPECTIVE, {});
      expect(shown(data.outsidePerspective.debriefs)).toBe(size);
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });

  it('the outside perspective over a leader’s subtree and an admin’s organization', async () => {
    const counts = { leader: [] as number[], admin: [] as number[] };
    for (const [size, viewers] of leaders) {
      for (const kind of ['leader', 'admin'] as const) {
        const { count, data } = await statementsFor(viewers[kind].client, OUTSIDE_PERSPECTIVE, { scope: 'SUBTREE' });
        const p = data.outsidePerspective;
        // The manager's reports debriefed, each once about Globex.
        expect(p.people).toEqual({ value: size });
        expect(p.companies.named.map((c) => c.name)).toEqual(['Globex']);
        counts[kind].push(count);
      }
    }
    // The session, the organization, the subtree, the debriefs, and for a leader the check that they
    // lead a manager and, as they manage a team (this one manages the manager), that team's debriefs,
    // which they know already.
    expect(counts).toEqual({ leader: [6, 6, 6], admin: [4, 4, 4] });
  });
});

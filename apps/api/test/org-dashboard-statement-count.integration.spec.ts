import { Member, signUpOrganization } from './builders';
import { seedTeam } from './dashboards-support';
import { ORG_DASHBOARD } from './org-dashboard-operations';
import { startTestApp, TestApp } from './test-app';

/** The org dashboard runs the same statements for a subtree of 5, 50 or 500 people: whether the viewer leads a manager, then one for the subtree's teams and what they did. */
describe('org dashboard statements per request', () => {
  let app: TestApp;
  const leaders = new Map<number, Member>();
  beforeAll(async () => {
    app = await startTestApp();
    for (const size of [5, 50, 500]) {
      const org = await signUpOrganization(app);
      const leader = await org.addMember({ name: `Leader of ${size}`, levelKey: 'M2' });
      const manager = await org.addMember({ name: `Manager under ${size}`, managerId: leader.id, levelKey: 'M1' });
      const [{ organization_id }]: { organization_id: string }[] = await app.db.query('SELECT organization_id FROM people WHERE id = $1', [manager.id]);
      await seedTeam(app, organization_id, manager.id, size - 1);
      leaders.set(size, leader);
    }
  }, 120_000);
  afterAll(() => app.close());

  it('is the same for a subtree of 5, 50 and 500 people', async () => {
    const counts: number[] = [];
    for (const [size, leader] of leaders) {
      app.queries.reset();
      const { orgDashboard } = await leader.client.ok(ORG_DASHBOARD);
      const count = app.queries.count;
      if (process.env.ONWARD_PRINT_COUNTS) console.log(`${size}: ${count} statements, ${app.queries.roundTrips} round trips\n${app.queries.statements.join('\n---\n')}`);
      // At 5, the leader's own team (one manager) is known to them, so a total of 5 would give away the 4 under k.
      expect(orgDashboard.total.people).toEqual(size >= 50 ? { value: size } : { threshold: 5 });
      expect(orgDashboard.teams).toHaveLength(2);
      if (size === 500) {
        // The seeded step-up roles are counted, by the quarter they were shared in.
        const stepUps = orgDashboard.total.quarters.map((q) => q.peopleSharingRolesByStretch.stepUp);
        expect(stepUps.some((figure) => 'value' in figure && figure.value >= 5)).toBe(true);
        // The seeded practice, interviews without a debrief and same-level roles, read in the same statement.
        for (const figure of [orgDashboard.total.peopleCovered, orgDashboard.total.peopleWithDebriefsPending, orgDashboard.total.peopleWithSatisfactionTalksSuggested]) {
          expect(figure).toEqual({ value: expect.any(Number) });
        }
        expect(orgDashboard.total.quarters.some((q) => 'value' in q.peopleCovered && q.peopleCovered.value >= 5)).toBe(true);
      }
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    // The session, the organization, whether the viewer leads a manager, the teams and what their people did.
    expect(counts[0]).toBe(4);
  });
});

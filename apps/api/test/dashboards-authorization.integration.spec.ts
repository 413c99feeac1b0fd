import { codeOf, reasonOf, type GraphqlClient } from './graphql-client';
import { OUTSIDE_PERSPECTIVE, TEAM_DASHBOARD } from './dashboards-operations';
import { DashboardRows, shown } from './dashboards-support';
import { CREATE_DEBRIEF } from './growth-operations';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/**
 * INCLUDED: the dashboard answers and counts the owner's records; EXCLUDED: it answers (the caller
 * manages someone) but nothing of the owner's is in it; otherwise the error's code.
 */
type Expected = 'INCLUDED' | 'EXCLUDED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** The owner's debriefs with their current manager, each about the role they share. */
const OWNER_DEBRIEFS = 3;

const OPERATIONS: { name: string; run(client: GraphqlClient, h: Hierarchy): Promise<Expected>; expected: Record<Persona, Expected> }[] = [
  {
    name: 'teamDashboard',
    run: async (client, h) => {
      const result = await client.request(TEAM_DASHBOARD);
      if (result.errors) return codeOf(result) as Expected;
      const d = result.data!.teamDashboard;
      const listed = d.reports.some((r) => r.person.id === h.owner.id);
      const counted = shown(d.lastTwelveMonths.debriefsHeld) === OWNER_DEBRIEFS && shown(d.lastTwelveMonths.rolesShared.total) === 1;
      if (listed !== counted) throw new Error(`listed ${listed} but counted ${counted}: ${JSON.stringify(d.lastTwelveMonths)}`);
      return listed ? 'INCLUDED' : 'EXCLUDED';
    },
    expected: { OWNER: 'FORBIDDEN', MANAGER: 'INCLUDED', FORMER_MANAGER: 'EXCLUDED', SKIP_LEVEL: 'EXCLUDED', PEER: 'FORBIDDEN', ADMIN: 'FORBIDDEN', OTHER_ORG: 'FORBIDDEN', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  {
    name: 'outsidePerspective',
    run: async (client) => {
      const result = await client.request(OUTSIDE_PERSPECTIVE, {});
      if (result.errors) return codeOf(result) as Expected;
      const p = result.data!.outsidePerspective;
      const debriefs = shown(p.debriefs);
      if (debriefs !== 0 && debriefs !== OWNER_DEBRIEFS) throw new Error(`unexpected debriefs: ${debriefs}`);
      return debriefs === OWNER_DEBRIEFS && p.stageKinds.some((s) => s.kind === 'PANEL') ? 'INCLUDED' : 'EXCLUDED';
    },
    expected: { OWNER: 'FORBIDDEN', MANAGER: 'INCLUDED', FORMER_MANAGER: 'EXCLUDED', SKIP_LEVEL: 'EXCLUDED', PEER: 'FORBIDDEN', ADMIN: 'FORBIDDEN', OTHER_ORG: 'FORBIDDEN', ANONYMOUS: 'UNAUTHENTICATED' },
  },
];

describe('the team dashboard and the outside perspective: who may call what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    // The former manager and the skip-level manage someone, so they get a dashboard: of their own team, without the owner.
    await h.org.addMember({ name: 'Quinn Other', managerId: h.formerManager.id, levelKey: 'IC2' });
    const rows = await DashboardRows.of(app, h.owner.id);
    // What the former manager held with the owner before the line changed stays out of everyone's figures.
    await rows.debrief(h.owner.id, h.formerManager.id, new Date().toISOString().slice(0, 10), { stages: '{PANEL}' });
    // The owner shares one role and keeps one private; the current manager debriefs three times about the shared one.
    const { createInterestingRole: sharedRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', company: 'Globex', source: 'FOUND_IT' } });
    await h.owner.client.ok(SHARE_ROLE, { id: sharedRole.id });
    await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Principal Engineer', company: 'Initech', source: 'FOUND_IT' } });
    const today = new Date().toISOString().slice(0, 10);
    for (let i = 0; i < OWNER_DEBRIEFS; i++) {
      await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, roleId: sharedRole.id, heldOn: today, stages: ['PANEL'] } });
    }
  });
  afterAll(() => app.close());

  const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.expected[persona], op] as const));

  it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
    expect(await op.run(h.clients[persona], h)).toBe(expected);
  });

  it('someone with no direct reports is told why, in the same words whoever they are', async () => {
    for (const persona of ['OWNER', 'PEER', 'ADMIN', 'OTHER_ORG'] as const) {
      const result = await h.clients[persona].request(TEAM_DASHBOARD);
      expect([codeOf(result), reasonOf(result), result.data]).toEqual(['FORBIDDEN', 'NOT_A_MANAGER', null]);
    }
  });
});

import { codeOf, reasonOf } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { ORG_DASHBOARD } from './org-dashboard-operations';
import { startTestApp, TestApp } from './test-app';

/** INCLUDED: the owner's team (their manager's) is a row; EXCLUDED: it answers without it; otherwise the error's code. */
type Expected = 'INCLUDED' | 'EXCLUDED' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const EXPECTED: Record<Persona, Expected> = {
  OWNER: 'FORBIDDEN',
  // Their subtree is their direct reports only: the team dashboard is theirs, not the org dashboard.
  MANAGER: 'FORBIDDEN',
  FORMER_MANAGER: 'FORBIDDEN',
  SKIP_LEVEL: 'INCLUDED',
  PEER: 'FORBIDDEN',
  ADMIN: 'INCLUDED',
  // Their own organization, where nobody has a manager: an answer with nothing of this one in it.
  OTHER_ORG: 'EXCLUDED',
  ANONYMOUS: 'UNAUTHENTICATED',
};

describe('the org dashboard: who may call it', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    // The former manager manages someone else now: still no manager below them.
    await h.org.addMember({ name: 'Quinn Other', managerId: h.formerManager.id, levelKey: 'IC2' });
  });
  afterAll(() => app.close());

  it.each(PERSONAS.map((persona) => [persona, EXPECTED[persona]] as const))('orgDashboard as %s → %s', async (persona, expected) => {
    const result = await h.clients[persona].request(ORG_DASHBOARD);
    if (result.errors) {
      expect(codeOf(result)).toBe(expected);
      return;
    }
    const d = result.data!.orgDashboard;
    const listed = d.teams.some((team) => team.managerId === h.manager.id);
    expect(listed ? 'INCLUDED' : 'EXCLUDED').toBe(expected);
    // Never a person: no team carries a report's id or name.
    const text = JSON.stringify(d);
    for (const person of [h.owner, h.peer]) expect(text).not.toContain(person.id);
    expect(text).not.toContain('Riley Report');
    // Teams of two: nothing shown below the threshold.
    const hidden = { threshold: d.threshold };
    for (const { figures } of d.teams) {
      expect([figures.people, figures.peopleCovered, figures.peopleWithDebriefsPending, figures.peopleWithSatisfactionTalksSuggested]).toEqual([hidden, hidden, hidden, hidden]);
      for (const quarter of figures.quarters) expect(quarter.peopleCovered).toEqual(hidden);
    }
  });

  it('a report, a peer and a manager of direct reports only are told why, in the same words', async () => {
    const answers = [];
    for (const persona of ['OWNER', 'PEER', 'MANAGER', 'FORMER_MANAGER'] as const) {
      const result = await h.clients[persona].request(ORG_DASHBOARD);
      answers.push([codeOf(result), reasonOf(result), result.data, result.errors?.[0]?.message]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].slice(0, 3)).toEqual(['FORBIDDEN', 'NOT_A_LEADER', null]);
  });

  it('says on `me` who is a leader, by the same rule: the web app offers the org dashboard by it', async () => {
    for (const persona of PERSONAS) {
      const result = (await h.clients[persona].requestRaw('{ me { isLeader } }')) as { data?: { me: { isLeader: boolean } | null } };
      const leads = result.data?.me?.isLeader ?? null;
      // The admin of this hierarchy manages nobody: they see the dashboard as an admin, not as a leader.
      expect([persona, leads]).toEqual([persona, persona === 'ANONYMOUS' ? null : persona === 'SKIP_LEVEL']);
    }
  });
});

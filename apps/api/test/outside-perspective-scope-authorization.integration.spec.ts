import { codeOf, reasonOf, type GraphqlClient } from './graphql-client';
import { OUTSIDE_PERSPECTIVE } from './dashboards-operations';
import { CREATE_DEBRIEF } from './growth-operations';
import type { OutsidePerspectiveScope } from './generated/graphql';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/**
 * INCLUDED: it answers and counts the owner's debriefs; EXCLUDED: it answers without them (or with
 * every count hidden); otherwise the error's code and reason.
 */
type Expected = 'INCLUDED' | 'EXCLUDED' | 'FORBIDDEN NOT_A_MANAGER' | 'FORBIDDEN NOT_A_LEADER' | 'UNAUTHENTICATED';

/** Five more reports of the manager, one debrief each, so that a subtree's totals reach the threshold of 5. */
const MORE_REPORTS = 5;
const OWNER_DEBRIEFS = 3;
/** The manager's debriefs, which the team and any subtree above it count: the owner's and the five others'. */
const WITH_OWNER = OWNER_DEBRIEFS + MORE_REPORTS;

const SCOPES: { name: string; scope?: OutsidePerspectiveScope; expected: Record<Persona, Expected>; scopes: Partial<Record<Persona, OutsidePerspectiveScope[]>> }[] = [
  {
    name: 'no scope (the web app’s manager query)',
    expected: {
      OWNER: 'FORBIDDEN NOT_A_MANAGER',
      MANAGER: 'INCLUDED',
      FORMER_MANAGER: 'EXCLUDED',
      SKIP_LEVEL: 'EXCLUDED',
      PEER: 'FORBIDDEN NOT_A_MANAGER',
      ADMIN: 'FORBIDDEN NOT_A_MANAGER',
      OTHER_ORG: 'FORBIDDEN NOT_A_MANAGER',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
    scopes: { MANAGER: ['TEAM'], FORMER_MANAGER: ['TEAM'], SKIP_LEVEL: ['TEAM', 'SUBTREE'] },
  },
  {
    name: 'TEAM',
    scope: 'TEAM',
    expected: {
      OWNER: 'FORBIDDEN NOT_A_MANAGER',
      MANAGER: 'INCLUDED',
      FORMER_MANAGER: 'EXCLUDED',
      SKIP_LEVEL: 'EXCLUDED',
      PEER: 'FORBIDDEN NOT_A_MANAGER',
      ADMIN: 'FORBIDDEN NOT_A_MANAGER',
      OTHER_ORG: 'FORBIDDEN NOT_A_MANAGER',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
    scopes: { MANAGER: ['TEAM'], FORMER_MANAGER: ['TEAM'], SKIP_LEVEL: ['TEAM', 'SUBTREE'] },
  },
  {
    name: 'SUBTREE',
    scope: 'SUBTREE',
    expected: {
      OWNER: 'FORBIDDEN NOT_A_LEADER',
      // Direct reports only are a team, not a subtree, as on the org dashboard.
      MANAGER: 'FORBIDDEN NOT_A_LEADER',
      FORMER_MANAGER: 'FORBIDDEN NOT_A_LEADER',
      SKIP_LEVEL: 'INCLUDED',
      PEER: 'FORBIDDEN NOT_A_LEADER',
      // The whole organization, though the admin manages nobody.
      ADMIN: 'INCLUDED',
      // Their own organization, where nobody has a manager: an answer with nothing in it, all hidden.
      OTHER_ORG: 'EXCLUDED',
      ANONYMOUS: 'UNAUTHENTICATED',
    },
    scopes: { SKIP_LEVEL: ['TEAM', 'SUBTREE'], ADMIN: ['SUBTREE'], OTHER_ORG: ['SUBTREE'] },
  },
];

describe('the outside perspective by scope: who gets which', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    await h.org.addMember({ name: 'Quinn Other', managerId: h.formerManager.id, levelKey: 'IC2' });
    const today = new Date().toISOString().slice(0, 10);
    // What the former manager held with the owner before the line changed stays out of everyone's figures.
    const { createInterestingRole: role } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer', company: 'Globex', source: 'FOUND_IT' } });
    await h.owner.client.ok(SHARE_ROLE, { id: role.id });
    for (let i = 0; i < OWNER_DEBRIEFS; i++) {
      await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, roleId: role.id, heldOn: today, stages: ['PANEL'] } });
    }
    for (let i = 0; i < MORE_REPORTS; i++) {
      const report = await h.org.addMember({ name: `Avery ${i}`, managerId: h.manager.id, levelKey: 'IC2' });
      await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: report.id, heldOn: today, stages: ['TECHNICAL'] } });
    }
  }, 60_000);
  afterAll(() => app.close());

  async function run(client: GraphqlClient, scope: OutsidePerspectiveScope | undefined): Promise<{ expected: Expected; scopes?: OutsidePerspectiveScope[] }> {
    const result = await client.request(OUTSIDE_PERSPECTIVE, scope ? { scope } : {});
    if (result.errors) return { expected: (codeOf(result) === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : `${codeOf(result)} ${reasonOf(result)}`) as Expected };
    const p = result.data!.outsidePerspective;
    expect(p.scope).toBe(scope ?? 'TEAM');
    // Never a person: no id or name of anyone in it.
    const text = JSON.stringify(p);
    for (const person of [h.owner, h.peer, h.manager]) expect(text).not.toContain(person.id);
    expect(text).not.toMatch(/Riley|Avery|Morgan/);
    const debriefs = 'value' in p.debriefs ? p.debriefs.value : null;
    return { expected: debriefs === WITH_OWNER ? 'INCLUDED' : 'EXCLUDED', scopes: p.scopes };
  }

  const cases = SCOPES.flatMap((each) => PERSONAS.map((persona) => [each.name, persona, each.expected[persona], each] as const));

  it.each(cases)('outsidePerspective, scope %s, as %s → %s', async (_, persona, expected, each) => {
    const answer = await run(h.clients[persona], each.scope);
    expect(answer.expected).toBe(expected);
    if (answer.scopes) expect(answer.scopes).toEqual(each.scopes[persona]);
  });

  it('over a subtree the owner’s team counts by what their manager may see, not the former manager’s debrief', async () => {
    const { outsidePerspective: p } = await h.skipLevel.client.ok(OUTSIDE_PERSPECTIVE, { scope: 'SUBTREE' });
    expect([p.debriefs, p.people]).toEqual([{ value: WITH_OWNER }, { value: 1 + MORE_REPORTS }]);
    // PANEL was in one person's debriefs only (the owner's): over a subtree it is not listed; TECHNICAL was in five people's.
    expect(p.stageKinds.map((s) => [s.kind, s.debriefs])).toEqual([['TECHNICAL', { value: MORE_REPORTS }]]);
  });

  it('someone who leads no manager is told why, in the same words whoever they are', async () => {
    const answers = [];
    for (const persona of ['OWNER', 'PEER', 'MANAGER', 'FORMER_MANAGER'] as const) {
      const result = await h.clients[persona].request(OUTSIDE_PERSPECTIVE, { scope: 'SUBTREE' });
      answers.push([codeOf(result), reasonOf(result), result.data, result.errors?.[0]?.message]);
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].slice(0, 3)).toEqual(['FORBIDDEN', 'NOT_A_LEADER', null]);
  });

  it('refuses a scope it does not know', async () => {
    const result = await h.skipLevel.client.request(OUTSIDE_PERSPECTIVE, { scope: 'EVERYONE' as OutsidePerspectiveScope });
    expect(result.data ?? null).toBeNull();
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

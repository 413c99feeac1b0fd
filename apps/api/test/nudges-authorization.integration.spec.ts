import { codeOf, GraphqlClient, GraphqlResponse } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { DISMISS_NUDGE, MY_NUDGES, OPEN_NUDGE_COUNT, RUN_NUDGE_SWEEP, SNOOZE_NUDGE } from './nudges-operations';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

type Expected = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LISTED' | 'NOT_LISTED';

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;
const denied = { OWNER: 'NOT_FOUND', FORMER_MANAGER: 'NOT_FOUND', SKIP_LEVEL: 'NOT_FOUND', PEER: 'NOT_FOUND', ADMIN: 'NOT_FOUND', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;
const notListed = { OWNER: 'NOT_LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' } as const;

/** A fresh nudge about the owner, in their current manager's inbox: the owner shared a new role. */
interface Fixture {
  nudgeId: string;
}

const OPERATIONS: { name: string; run(c: GraphqlClient, f: Fixture): Promise<Expected>; expected: Record<Persona, Expected> }[] = [
  {
    name: 'myNudges',
    run: async (c, f) => {
      const result = await c.request(MY_NUDGES, { first: 100 });
      if (result.errors) return codeOf(result) as Expected;
      return result.data!.myNudges.edges.some((e) => e.node.id === f.nudgeId) ? 'LISTED' : 'NOT_LISTED';
    },
    expected: { MANAGER: 'LISTED', ...notListed },
  },
  {
    // Whoever asks, the count is that of their own open nudges: it never counts the owner's nudge for anyone else.
    name: 'openNudgeCount',
    run: async (c) => {
      const count = await c.request(OPEN_NUDGE_COUNT);
      if (count.errors) return codeOf(count) as Expected;
      const open = await c.ok(MY_NUDGES, { status: 'OPEN', first: 100 });
      return count.data!.openNudgeCount === open.myNudges.totalCount ? 'OK' : 'FORBIDDEN';
    },
    expected: { OWNER: 'OK', MANAGER: 'OK', FORMER_MANAGER: 'OK', SKIP_LEVEL: 'OK', PEER: 'OK', ADMIN: 'OK', OTHER_ORG: 'OK', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  { name: 'snoozeNudge', run: (c, f) => outcome(c.request(SNOOZE_NUDGE, { id: f.nudgeId, input: { duration: 'ONE_WEEK' } })), expected: { MANAGER: 'OK', ...denied } },
  { name: 'dismissNudge', run: (c, f) => outcome(c.request(DISMISS_NUDGE, { id: f.nudgeId })), expected: { MANAGER: 'OK', ...denied } },
  {
    // Another organization's admin sweeps their own organization, never this one (checked below).
    name: 'runNudgeSweep',
    run: (c) => outcome(c.request(RUN_NUDGE_SWEEP)),
    expected: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'FORBIDDEN', SKIP_LEVEL: 'FORBIDDEN', PEER: 'FORBIDDEN', ADMIN: 'OK', OTHER_ORG: 'OK', ANONYMOUS: 'UNAUTHENTICATED' },
  },
];

describe('nudges: who may call what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function fixture(): Promise<Fixture> {
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer at Globex' } });
    await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    const [row]: { id: string }[] = await app.db.query(`SELECT id FROM nudges WHERE role_id = $1 AND kind = 'ROLE_SHARED'`, [createInterestingRole.id]);
    return { nudgeId: row.id };
  }

  const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.expected[persona], op] as const));

  it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
    expect(await op.run(h.clients[persona], await fixture())).toBe(expected);
  });

  it('nobody but the current manager learns anything of the nudge, and a sweep elsewhere leaves it as it is', async () => {
    const { nudgeId } = await fixture();
    const before: unknown[] = await app.db.query('SELECT status, recipient_id, resolved_at FROM nudges WHERE id = $1', [nudgeId]);
    for (const persona of PERSONAS.filter((p) => p !== 'MANAGER')) {
      const client = h.clients[persona];
      for (const result of [await client.request(MY_NUDGES, { first: 100 }), await client.request(DISMISS_NUDGE, { id: nudgeId })]) {
        expect(JSON.stringify(result)).not.toContain('Globex');
        expect(JSON.stringify(result)).not.toContain(nudgeId);
      }
    }
    await h.clients.OTHER_ORG.ok(RUN_NUDGE_SWEEP);
    expect(await app.db.query('SELECT status, recipient_id, resolved_at FROM nudges WHERE id = $1', [nudgeId])).toEqual(before);
  });
});

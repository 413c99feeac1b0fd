import type { NudgesChangedSubscription } from './generated/graphql';
import type { GraphqlResponse } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { LiveFeed, subscribe, upgradeAnswer, upgradeHeaders } from './live-client';
import { NUDGES_CHANGED } from './nudges-operations';
import { organizationOf } from './nudges-support';
import { ME } from './operations';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

type Expected = 'RECEIVED' | 'NOT_RECEIVED' | 'REFUSED_AT_CONNECT';

/** Every persona's view of one share by the owner: only their current manager hears of it. */
const EXPECTED: Record<Persona, Expected> = {
  OWNER: 'NOT_RECEIVED',
  MANAGER: 'RECEIVED',
  FORMER_MANAGER: 'NOT_RECEIVED',
  SKIP_LEVEL: 'NOT_RECEIVED',
  PEER: 'NOT_RECEIVED',
  ADMIN: 'NOT_RECEIVED',
  OTHER_ORG: 'NOT_RECEIVED',
  ANONYMOUS: 'REFUSED_AT_CONNECT',
};

type Change = GraphqlResponse<NudgesChangedSubscription>;
const mentions = (change: Change, ...words: string[]) => words.some((word) => JSON.stringify(change).includes(word));

describe('nudgesChanged: who hears of what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  /** Tells `persona`'s subscription to look again, as a change to their own inbox would: the event that ends the wait. */
  async function wakeUp(persona: Persona): Promise<void> {
    const { me } = await h.clients[persona].ok(ME);
    const organizationId = await organizationOf(app, me!.id);
    await app.db.query(`SELECT pg_notify('onward_nudges', $1)`, [JSON.stringify({ organizationId, recipientIds: [me!.id] })]);
  }

  it.each(PERSONAS.map((persona) => [persona, EXPECTED[persona]] as const))('%s → %s', async (persona, expected) => {
    if (persona === 'ANONYMOUS') {
      const answer = await upgradeAnswer(app.url, upgradeHeaders(null, 'http://onward.test'));
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' } }] });
      expect(expected).toBe('REFUSED_AT_CONNECT');
      return;
    }
    const feed: LiveFeed<NudgesChangedSubscription> = subscribe(app.url, h.clients[persona], NUDGES_CHANGED);
    try {
      const first = await feed.next();
      expect(first?.errors).toBeUndefined();
      const countBefore = first!.data!.nudgesChanged.openCount;

      const title = `Principal Engineer at Initech ${persona}`;
      const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title } });
      await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
      const [{ id: nudgeId }]: { id: string }[] = await app.db.query(`SELECT id FROM nudges WHERE role_id = $1 AND kind = 'ROLE_SHARED'`, [createInterestingRole.id]);

      if (expected === 'RECEIVED') {
        const change = await feed.until((c) => (c.data?.nudgesChanged.newlyOpen ?? []).some((n) => n.id === nudgeId));
        expect(change.data!.nudgesChanged).toMatchObject({ openCount: countBefore + 1, noLongerOpenIds: [] });
        expect(change.data!.nudgesChanged.newlyOpen.find((n) => n.id === nudgeId)).toMatchObject({
          kind: 'ROLE_SHARED',
          status: 'OPEN',
          reportName: h.owner.name,
          roleTitle: title,
          target: { action: 'OPEN_ROLE', reportId: h.owner.id, roleId: createInterestingRole.id },
        });
        return;
      }
      // Whatever arrives up to the change of their own, nothing names the nudge, the role or the
      // owner, and their count stays as it was.
      await wakeUp(persona);
      const change = await feed.next();
      expect(change?.errors).toBeUndefined();
      expect(change!.data!.nudgesChanged).toEqual({ openCount: countBefore, newlyOpen: [], noLongerOpenIds: [] });
      expect(feed.received.some((c) => mentions(c, nudgeId, createInterestingRole.id, 'Initech', h.owner.name))).toBe(false);
    } finally {
      await feed.close();
    }
  });
});

import { stretchTag } from '@onward/domain';
import { codeOf } from './graphql-client';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { COMMENT, CREATE_ROLE, DELETE_COMMENT, EDIT_COMMENT, REVOKE_ROLE, ROLE, SET_ROLE_LEVEL, SHARED_FILTERED, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** The manager's inbox by report and by stretch tag, what is new in it, and editing a thread. */
describe('shared with me: filters, new marks and comment edits', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function shared(client: Hierarchy['owner']['client'], title: string, levelKey: string | null) {
    const { createInterestingRole } = await client.ok(CREATE_ROLE, { input: { title, company: 'Globex' } });
    if (levelKey) await client.ok(SET_ROLE_LEVEL, { id: createInterestingRole.id, levelKey });
    await client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    return createInterestingRole.id;
  }

  it('filters by report and by stretch tag, page by page, agreeing with each role’s stretch field', async () => {
    // The owner and the peer are IC3, so IC4 is a step up, IC3 the same level, IC2 a step down.
    const ids = {
      up: await shared(h.owner.client, 'Staff Engineer', 'IC4'),
      same: await shared(h.owner.client, 'Senior Engineer', 'IC3'),
      down: await shared(h.owner.client, 'Engineer', 'IC2'),
      peerUp: await shared(h.peer.client, 'Staff Engineer', 'IC4'),
    };
    const list = async (variables: { ownerId?: string; stretch?: 'STEP_UP' | 'SAME_LEVEL' | 'STEP_DOWN' | 'UNRATED'; first?: number; after?: string }) =>
      (await h.manager.client.ok(SHARED_FILTERED, variables)).sharedWithMe;

    const all = await list({});
    expect(all.totalCount).toBe(4);
    const byOwner = await list({ ownerId: h.owner.id });
    expect(byOwner.totalCount).toBe(3);
    expect(byOwner.edges.every((e) => e.node.owner?.id === h.owner.id)).toBe(true);
    expect(byOwner.edges.map((e) => e.node.outcome)).toEqual(['CONSIDERING', 'CONSIDERING', 'CONSIDERING']);

    for (const stretch of ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'] as const) {
      const filtered = await list({ stretch });
      expect([stretch, filtered.edges.map((e) => e.node.stretch)]).toEqual([stretch, all.edges.map((e) => e.node.stretch).filter((s) => s === stretch)]);
      expect(filtered.totalCount).toBe(filtered.edges.length);
    }
    expect((await list({ stretch: 'STEP_UP' })).edges.map((e) => e.node.id).sort()).toEqual([ids.up, ids.peerUp].sort());
    expect((await list({ ownerId: h.owner.id, stretch: 'STEP_UP' })).edges.map((e) => e.node.id)).toEqual([ids.up]);
    // The SQL rule is the domain's: spot-check the ranks it compares.
    expect(stretchTag(4, 3)).toBe('STEP_UP');

    // Paging keeps the filter: two pages of one, then nothing.
    const first = await list({ ownerId: h.owner.id, first: 2 });
    const second = await list({ ownerId: h.owner.id, first: 2, after: first.pageInfo.endCursor! });
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual([ids.down, ids.same, ids.up]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    // Someone else's report, a made-up id and a malformed one all find nothing.
    expect((await list({ ownerId: h.formerManager.id })).totalCount).toBe(0);
    expect((await list({ ownerId: 'not-an-id' })).totalCount).toBe(0);
    expect(codeOf(await h.manager.client.request(SHARED_FILTERED, { stretch: 'HUGE' as never }))).toBe('BAD_USER_INPUT');
  });

  it('counts what is new: never opened, or shared again since opened', async () => {
    const report = await h.org.addMember({ name: 'Nia New', managerId: h.manager.id, levelKey: 'IC2' });
    const a = await shared(report.client, 'Senior Engineer', null);
    const b = await shared(report.client, 'Staff Engineer', null);
    const count = async () => (await h.manager.client.ok(SHARED_FILTERED, { ownerId: report.id })).sharedWithMe;
    expect((await count()).newCount).toBe(2);
    await h.manager.client.ok(ROLE, { id: a });
    const after = await count();
    expect(after.newCount).toBe(1);
    expect(after.edges.map((e) => [e.node.id, e.node.unread])).toEqual([
      [b, true],
      [a, false],
    ]);
    await report.client.ok(SHARE_ROLE, { id: a, message: 'Again, with news' });
    expect((await count()).newCount).toBe(2);
    await report.client.ok(REVOKE_ROLE, { id: b });
    expect((await count()).newCount).toBe(1);
  });

  it('the author edits a comment (marked edited) and deletes it; blank or unshared edits are refused and change nothing', async () => {
    const id = await shared(h.owner.client, 'Principal Engineer', 'IC6');
    const { commentOnInterestingRole: comment } = await h.owner.client.ok(COMMENT, { id, body: 'First thoughts' });
    const { editRoleComment } = await h.owner.client.ok(EDIT_COMMENT, { id: comment.id, body: '  Second thoughts  ' });
    expect(editRoleComment).toMatchObject({ id: comment.id, body: 'Second thoughts' });
    expect(editRoleComment.editedAt).not.toBeNull();

    expect(codeOf(await h.owner.client.request(EDIT_COMMENT, { id: comment.id, body: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.owner.client.request(EDIT_COMMENT, { id: comment.id, body: 'x'.repeat(5001) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.owner.client.request(EDIT_COMMENT, { id: '00000000-0000-4000-8000-000000000000', body: 'Hi' }))).toBe('NOT_FOUND');

    const thread = async () => (await h.owner.client.ok(ROLE, { id })).interestingRole.comments.map((c) => c.body);
    await h.owner.client.ok(REVOKE_ROLE, { id });
    const refused = await h.owner.client.request(EDIT_COMMENT, { id: comment.id, body: 'While private' });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('NOT_SHARED');
    expect(await thread()).toEqual(['Second thoughts']);

    await h.owner.client.ok(SHARE_ROLE, { id });
    expect((await h.owner.client.ok(DELETE_COMMENT, { id: comment.id })).deleteRoleComment).toBe(comment.id);
    expect(await thread()).toEqual([]);
    expect(codeOf(await h.owner.client.request(DELETE_COMMENT, { id: comment.id }))).toBe('NOT_FOUND');
  });
});

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { codeOf, GraphqlClient, GraphqlResponse } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import {
  ADD_INTERVIEW, COMMENT, CREATE_ROLE, DELETE_COMMENT, DELETE_ROLE, EDIT_COMMENT, EXPORT, IMPORT_POSTING, MY_ROLES, REMOVE_INTERVIEW, REVOKE_ROLE, ROLE, SET_ROLE_LEVEL,
  SHARED_FILTERED, SHARED_WITH_ME, SHARE_ROLE, UPDATE_ROLE,
} from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** A role the owner keeps and shares, with an interview, a comment of theirs and one of their manager's. */
interface FreshRole {
  id: string;
  title: string;
  interviewId: string;
  ownerId: string;
  ownerCommentId: string;
  managerCommentId: string;
}

/** What a persona gets: 'OK', an error code, or for lists whether the shared role shows up. */
type Expected = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LISTED' | 'NOT_LISTED';

interface Operation {
  name: string;
  /** Runs the operation as `client` against a fresh role the owner keeps and shares. */
  run(client: GraphqlClient, role: FreshRole): Promise<Expected>;
  expected: Record<Persona, Expected>;
}

const denied = { FORMER_MANAGER: 'NOT_FOUND', SKIP_LEVEL: 'NOT_FOUND', PEER: 'NOT_FOUND', ADMIN: 'NOT_FOUND', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;
const ownerOnly = { OWNER: 'OK', MANAGER: 'FORBIDDEN', ...denied } as const;
const ownerAndManager = { OWNER: 'OK', MANAGER: 'OK', ...denied } as const;
const anyoneSignedIn = { OWNER: 'OK', MANAGER: 'OK', FORMER_MANAGER: 'OK', SKIP_LEVEL: 'OK', PEER: 'OK', ADMIN: 'OK', OTHER_ORG: 'OK', ANONYMOUS: 'UNAUTHENTICATED' } as const;

/** A query of one list of roles, such as `myInterestingRoles` or `sharedWithMe`. */
type RoleList = TypedDocumentNode<Record<string, { edges: { node: { id: string } }[] }>, Record<string, never>>;

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;
const listed = async (client: GraphqlClient, list: RoleList, roleId: string, variables: Record<string, unknown> = {}): Promise<Expected> => {
  const result = await (client.request as (d: RoleList, v: Record<string, unknown>) => Promise<GraphqlResponse<Record<string, { edges: { node: { id: string } }[] }>>>)(list, variables);
  if (result.errors) return codeOf(result) as Expected;
  const connection = Object.values(result.data!)[0];
  return connection.edges.some((e) => e.node.id === roleId) ? 'LISTED' : 'NOT_LISTED';
};

const OPERATIONS: Operation[] = [
  { name: 'interestingRole', run: (c, r) => outcome(c.request(ROLE, { id: r.id })), expected: ownerAndManager },
  {
    name: 'myInterestingRoles',
    run: (c, r) => listed(c, MY_ROLES, r.id),
    expected: { OWNER: 'LISTED', MANAGER: 'NOT_LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  {
    name: 'sharedWithMe',
    run: (c, r) => listed(c, SHARED_WITH_ME, r.id),
    expected: { OWNER: 'NOT_LISTED', MANAGER: 'LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  {
    name: 'sharedWithMe(ownerId)',
    run: (c, r) => listed(c, SHARED_FILTERED, r.id, { ownerId: r.ownerId }),
    expected: { OWNER: 'NOT_LISTED', MANAGER: 'LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  {
    name: 'exportMyData',
    run: async (c, r) => {
      const result = await c.request(EXPORT);
      if (result.errors) return codeOf(result) as Expected;
      return result.data!.exportMyData.includes(r.title) ? 'LISTED' : 'NOT_LISTED';
    },
    expected: { OWNER: 'LISTED', MANAGER: 'NOT_LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  { name: 'updateInterestingRole', run: (c, r) => outcome(c.request(UPDATE_ROLE, { id: r.id, input: { company: 'Changed' } })), expected: ownerOnly },
  { name: 'deleteInterestingRole', run: (c, r) => outcome(c.request(DELETE_ROLE, { id: r.id })), expected: ownerOnly },
  { name: 'shareInterestingRole', run: (c, r) => outcome(c.request(SHARE_ROLE, { id: r.id, message: 'again' })), expected: ownerOnly },
  { name: 'revokeInterestingRoleShare', run: (c, r) => outcome(c.request(REVOKE_ROLE, { id: r.id })), expected: ownerOnly },
  { name: 'setInterestingRoleLevel', run: (c, r) => outcome(c.request(SET_ROLE_LEVEL, { id: r.id, levelKey: 'IC5' })), expected: ownerAndManager },
  { name: 'addInterview', run: (c, r) => outcome(c.request(ADD_INTERVIEW, { roleId: r.id, input: { heldOn: '2026-12-01', kind: 'TECHNICAL' } })), expected: ownerOnly },
  { name: 'removeInterview', run: (c, r) => outcome(c.request(REMOVE_INTERVIEW, { id: r.interviewId })), expected: { ...ownerOnly, FORMER_MANAGER: 'NOT_FOUND' } },
  { name: 'commentOnInterestingRole', run: (c, r) => outcome(c.request(COMMENT, { id: r.id, body: 'Looks interesting' })), expected: ownerAndManager },
  { name: 'editRoleComment (the report’s)', run: (c, r) => outcome(c.request(EDIT_COMMENT, { id: r.ownerCommentId, body: 'Edited' })), expected: ownerOnly },
  { name: 'deleteRoleComment (the report’s)', run: (c, r) => outcome(c.request(DELETE_COMMENT, { id: r.ownerCommentId })), expected: ownerOnly },
  {
    name: 'editRoleComment (the manager’s)',
    run: (c, r) => outcome(c.request(EDIT_COMMENT, { id: r.managerCommentId, body: 'Edited' })),
    expected: { ...ownerAndManager, OWNER: 'FORBIDDEN' },
  },
  {
    name: 'deleteRoleComment (the manager’s)',
    run: (c, r) => outcome(c.request(DELETE_COMMENT, { id: r.managerCommentId })),
    expected: { ...ownerAndManager, OWNER: 'FORBIDDEN' },
  },
  {
    name: 'importJobPosting',
    run: (c) => outcome(c.request(IMPORT_POSTING, { input: { content: 'Staff Engineer at Initech\nBuild things.' } })),
    expected: anyoneSignedIn,
  },
];

describe('interesting roles: who may call what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function freshSharedRole() {
    const title = `Senior Engineer ${Math.random().toString(36).slice(2)}`;
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title, company: 'Initech' } });
    const { addInterview } = await h.owner.client.ok(ADD_INTERVIEW, { roleId: createInterestingRole.id, input: { heldOn: '2026-11-20', kind: 'RECRUITER_SCREEN' } });
    await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id, message: 'Worth a look?' });
    const mine = await h.owner.client.ok(COMMENT, { id: createInterestingRole.id, body: 'What do you think?' });
    const theirs = await h.manager.client.ok(COMMENT, { id: createInterestingRole.id, body: 'Looks like a step up.' });
    return {
      id: createInterestingRole.id,
      title,
      interviewId: addInterview.id,
      ownerId: h.owner.id,
      ownerCommentId: mine.commentOnInterestingRole.id,
      managerCommentId: theirs.commentOnInterestingRole.id,
    };
  }

  const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.expected[persona], op] as const));

  it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
    const role = await freshSharedRole();
    expect(await op.run(h.clients[persona], role)).toBe(expected);
  });

  it('a private role is visible to nobody but its owner, not even the current manager', async () => {
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Private Principal Engineer' } });
    for (const persona of PERSONAS.filter((p) => p !== 'OWNER' && p !== 'ANONYMOUS')) {
      expect([persona, codeOf(await h.clients[persona].request(ROLE, { id: createInterestingRole.id }))]).toEqual([persona, 'NOT_FOUND']);
      expect(codeOf(await h.clients[persona].request(COMMENT, { id: createInterestingRole.id, body: 'hi' }))).toBe('NOT_FOUND');
    }
    expect(await listed(h.manager.client, SHARED_WITH_ME, createInterestingRole.id)).toBe('NOT_LISTED');
  });

  it('a former manager’s comment stays as written: nobody can edit or delete it, and it stays in the thread', async () => {
    const role = await freshSharedRole();
    const [{ id: commentId }] = await app.db.query(
      `INSERT INTO role_comments (organization_id, role_id, author_id, body)
       SELECT organization_id, id, $2, 'From before the reorg' FROM interesting_roles WHERE id = $1 RETURNING id`,
      [role.id, h.formerManager.id],
    );
    for (const persona of PERSONAS) {
      const edit = codeOf(await h.clients[persona].request(EDIT_COMMENT, { id: commentId, body: 'Rewritten' }));
      const remove = codeOf(await h.clients[persona].request(DELETE_COMMENT, { id: commentId }));
      const expected = persona === 'OWNER' || persona === 'MANAGER' ? 'FORBIDDEN' : persona === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'NOT_FOUND';
      expect([persona, edit, remove]).toEqual([persona, expected, expected]);
    }
    const rows = await app.db.query(`SELECT body, edited_at FROM role_comments WHERE id = $1`, [commentId]);
    expect(rows).toEqual([{ body: 'From before the reorg', edited_at: null }]);
  });

  it('a private role is never in a report’s filtered list, not even for the current manager', async () => {
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Private Staff Engineer' } });
    expect(await listed(h.manager.client, SHARED_FILTERED, createInterestingRole.id, { ownerId: h.owner.id })).toBe('NOT_LISTED');
  });

  it('a denied read looks exactly like a missing role', async () => {
    const role = await freshSharedRole();
    const denied = await h.peer.client.request(ROLE, { id: role.id });
    const missing = await h.peer.client.request(ROLE, { id: '00000000-0000-4000-8000-000000000000' });
    const malformed = await h.peer.client.request(ROLE, { id: 'not-an-id' });
    expect(denied).toEqual(missing);
    expect(malformed).toEqual(missing);
  });
});

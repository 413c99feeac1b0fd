import { codeOf, reasonOf } from './graphql-client';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { MY_ROLES_PAGE, SHARED_WITH_ME_PAGE } from './input-hygiene-operations';
import { INVITE, PEOPLE, UPDATE_PERSON } from './operations';
import { ADD_INTERVIEW, COMMENT, CREATE_ROLE, DELETE_ROLE, REVOKE_ROLE, ROLE, SET_ROLE_LEVEL, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { tableFingerprint } from './table-fingerprint';
import { startTestApp, TestApp } from './test-app';

/** Requests the schema fuzz (test/fuzz) answered with INTERNAL_SERVER_ERROR before they were fixed. */
describe('what the fuzz found', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    for (const title of ['Staff Engineer', 'Senior Engineer']) {
      const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title } });
      await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    }
  });
  afterAll(() => app.close());

  const ID = '3f0c2a9e-8d1b-4c3e-9f6a-2b7d4e1c0a55';
  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  // A role list's cursor (a timestamp and an id) still reads as a people cursor (a name and an id):
  // it pages from a name nobody has, which is harmless, so only keys SQL cannot read are refused.
  it('a cursor of another list, or one with a key PostgreSQL cannot read, is INVALID_CURSOR', async () => {
    const peopleCursor = (await h.org.admin.client.ok(PEOPLE, { first: 1 })).people.pageInfo.endCursor as string;
    const roleCursor = (await h.owner.client.ok(MY_ROLES_PAGE, { first: 1 })).myInterestingRoles.pageInfo.endCursor as string;
    const answers = [
      await h.manager.client.request(SHARED_WITH_ME_PAGE, { first: 1, after: peopleCursor }),
      await h.owner.client.request(MY_ROLES_PAGE, { first: 1, after: peopleCursor }),
      await h.owner.client.request(MY_ROLES_PAGE, { first: 1, after: cursor(['2026-02-30T00:00:00.000Z', ID]) }),
      await h.org.admin.client.request(PEOPLE, { first: 1, after: cursor(['riley', 'not-an-id']) }),
      await h.org.admin.client.request(PEOPLE, { first: 1, after: cursor(['a\u0000b', ID]) }),
    ];
    expect(answers.map((a) => [codeOf(a), reasonOf(a)])).toEqual(answers.map(() => ['BAD_USER_INPUT', 'INVALID_CURSOR']));
    // The cursors each list hands out still page through it.
    expect((await h.manager.client.ok(SHARED_WITH_ME_PAGE, { first: 1 })).sharedWithMe.pageInfo.endCursor).toEqual(expect.any(String));
    const next = await h.owner.client.ok(MY_ROLES_PAGE, { first: 1, after: roleCursor });
    expect(next.myInterestingRoles.edges).toHaveLength(1);
  });

  it('an empty manager or level id names nobody: refused like any unknown id, and nothing is written', async () => {
    const before = await tableFingerprint(app.db);
    const answers = [
      // Someone with a manager, and someone without one.
      await h.org.admin.client.request(UPDATE_PERSON, { id: h.owner.id, input: { managerId: '' } }),
      await h.org.admin.client.request(UPDATE_PERSON, { id: h.skipLevel.id, input: { managerId: '' } }),
      await h.org.admin.client.request(INVITE, { input: { email: 'lee@example.com', name: 'Lee', managerId: '' } }),
      await h.org.admin.client.request(INVITE, { input: { email: 'lee@example.com', name: 'Lee', levelId: '' } }),
      await h.org.admin.client.request(UPDATE_PERSON, { id: h.owner.id, input: { levelId: '' } }),
    ];
    expect(answers.map((a) => [codeOf(a), reasonOf(a)])).toEqual([
      ['BAD_USER_INPUT', 'MANAGER_NOT_FOUND'],
      ['BAD_USER_INPUT', 'MANAGER_NOT_FOUND'],
      ['BAD_USER_INPUT', 'MANAGER_NOT_FOUND'],
      ['BAD_USER_INPUT', 'LEVEL_NOT_FOUND'],
      ['BAD_USER_INPUT', 'LEVEL_NOT_FOUND'],
    ]);
    expect(await tableFingerprint(app.db)).toEqual(before);
    // null still means "no manager".
    const { updatePerson } = await h.org.admin.client.ok(UPDATE_PERSON, { id: h.peer.id, input: { managerId: null } });
    expect(updatePerson.manager).toBeNull();
  });
});

describe('what the fuzz found: a role deleted while another request works on it', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  const PAIRS = 25;

  it.each([
    ['revokeInterestingRoleShare', (id: string) => h.owner.client.request(REVOKE_ROLE, { id })],
    ['shareInterestingRole', (id: string) => h.owner.client.request(SHARE_ROLE, { id })],
    ['updateInterestingRole', (id: string) => h.owner.client.request(UPDATE_ROLE, { id, input: { title: 'Principal Engineer' } })],
    ['setInterestingRoleLevel', (id: string) => h.owner.client.request(SET_ROLE_LEVEL, { id, levelKey: 'IC5' })],
    ['addInterview', (id: string) => h.owner.client.request(ADD_INTERVIEW, { roleId: id, input: { heldOn: '2026-11-20', kind: 'TECHNICAL' } })],
    ['commentOnInterestingRole', (id: string) => h.manager.client.request(COMMENT, { id, body: 'Still there?' })],
    ['interestingRole (as the manager, logged)', (id: string) => h.manager.client.request(ROLE, { id })],
  ])('%s racing deleteInterestingRole: done, or NOT_FOUND / CONFLICT, never a server error', async (_, send) => {
    const ids = await Promise.all(
      Array.from({ length: PAIRS }, async () => {
        const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Staff Engineer' } });
        await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
        return createInterestingRole.id;
      }),
    );
    const outcomes = await Promise.all(ids.map(async (id) => (await Promise.all([send(id), h.owner.client.request(DELETE_ROLE, { id })])).map(codeOf)));
    expect(outcomes.filter(([other, deleted]) => !['OK', 'NOT_FOUND', 'CONFLICT'].includes(other) || deleted !== 'OK')).toEqual([]);
  });
});

import { graphql } from './generated';
import { codeOf } from './graphql-client';
import { CREATE_DEBRIEF, HOLD_CONVERSATION } from './growth-operations';
import { GraphqlClient } from './graphql-client';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { CONVERSATION_ROLE, DEBRIEF_ROLE, INBOX_SUMMARIES, ROLE_ACCESS_LOG } from './role-read-paths-operations';
import { COMMENT, CREATE_ROLE, ROLE, SET_ROLE_LEVEL, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

const SECRET = { myWhy: 'Secret why: the platform team', whatWouldItTake: 'Secret price: fully remote', description: 'Secret description' };
const MESSAGE = 'Secret message: could be a step up';

const SUMMARY_TYPE = graphql(`
  query RoleSummaryType {
    __type(name: "RoleSummary") {
      fields {
        name
      }
    }
  }
`);

type Seen = 'SUMMARY' | 'DETAIL' | 'NOT_LISTED' | 'NOT_FOUND' | 'UNAUTHENTICATED';
interface PathRecords {
  id: string;
  debriefId: string;
  conversationId: string;
}
const summaryOrDetail = (role: { id?: string; checklist?: unknown } | null | undefined): Seen => (!role ? 'NOT_FOUND' : role.checklist ? 'DETAIL' : 'SUMMARY');

const PATHS: { name: string; read(c: GraphqlClient, r: PathRecords): Promise<Seen>; expected: Record<Persona, [Seen, number]> }[] = [
  {
    name: 'sharedWithMe',
    read: async (c, r) => {
      const result = await c.request(INBOX_SUMMARIES);
      if (result.errors) return codeOf(result) as Seen;
      return summaryOrDetail(result.data?.sharedWithMe.edges.find((e) => e.node.id === r.id)?.node) === 'SUMMARY' ? 'SUMMARY' : 'NOT_LISTED';
    },
    expected: { OWNER: ['NOT_LISTED', 0], MANAGER: ['SUMMARY', 0], FORMER_MANAGER: ['NOT_LISTED', 0], SKIP_LEVEL: ['NOT_LISTED', 0], PEER: ['NOT_LISTED', 0], ADMIN: ['NOT_LISTED', 0], OTHER_ORG: ['NOT_LISTED', 0], ANONYMOUS: ['UNAUTHENTICATED', 0] },
  },
  {
    name: 'debrief.role',
    read: async (c, r) => {
      const result = await c.request(DEBRIEF_ROLE, { id: r.debriefId });
      return result.errors ? (codeOf(result) as Seen) : summaryOrDetail(result.data?.debrief.role);
    },
    expected: { OWNER: ['SUMMARY', 0], MANAGER: ['SUMMARY', 0], FORMER_MANAGER: ['NOT_FOUND', 0], SKIP_LEVEL: ['NOT_FOUND', 0], PEER: ['NOT_FOUND', 0], ADMIN: ['NOT_FOUND', 0], OTHER_ORG: ['NOT_FOUND', 0], ANONYMOUS: ['UNAUTHENTICATED', 0] },
  },
  {
    name: 'conversation.role',
    read: async (c, r) => {
      const result = await c.request(CONVERSATION_ROLE, { id: r.conversationId });
      return result.errors ? (codeOf(result) as Seen) : summaryOrDetail(result.data?.conversation.role);
    },
    expected: { OWNER: ['SUMMARY', 0], MANAGER: ['SUMMARY', 0], FORMER_MANAGER: ['NOT_FOUND', 0], SKIP_LEVEL: ['NOT_FOUND', 0], PEER: ['NOT_FOUND', 0], ADMIN: ['NOT_FOUND', 0], OTHER_ORG: ['NOT_FOUND', 0], ANONYMOUS: ['UNAUTHENTICATED', 0] },
  },
  {
    name: 'interestingRole',
    read: async (c, r) => {
      const result = await c.request(ROLE, { id: r.id });
      return result.errors ? (codeOf(result) as Seen) : summaryOrDetail(result.data?.interestingRole);
    },
    expected: { OWNER: ['DETAIL', 0], MANAGER: ['DETAIL', 1], FORMER_MANAGER: ['NOT_FOUND', 0], SKIP_LEVEL: ['NOT_FOUND', 0], PEER: ['NOT_FOUND', 0], ADMIN: ['NOT_FOUND', 0], OTHER_ORG: ['NOT_FOUND', 0], ANONYMOUS: ['UNAUTHENTICATED', 0] },
  },
  {
    name: 'setInterestingRoleLevel',
    read: async (c, r) => {
      const result = await c.request(SET_ROLE_LEVEL, { id: r.id, levelKey: 'IC4' });
      return result.errors ? (codeOf(result) as Seen) : summaryOrDetail(result.data?.setInterestingRoleLevel);
    },
    expected: { OWNER: ['DETAIL', 0], MANAGER: ['DETAIL', 1], FORMER_MANAGER: ['NOT_FOUND', 0], SKIP_LEVEL: ['NOT_FOUND', 0], PEER: ['NOT_FOUND', 0], ADMIN: ['NOT_FOUND', 0], OTHER_ORG: ['NOT_FOUND', 0], ANONYMOUS: ['UNAUTHENTICATED', 0] },
  },
];

/**
 * Every way a role reaches someone other than its owner, with what it hands out and what it leaves
 * in the owner's access log: lists and links give a summary and log nothing; the detail is logged
 * each time, whichever operation hands it out.
 */
describe('a shared role’s read paths: what each returns and what it logs', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function sharedRoleWithRecords() {
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Senior Engineer', company: 'Globex', ...SECRET } });
    const id = createInterestingRole.id;
    await h.owner.client.ok(SHARE_ROLE, { id, message: MESSAGE });
    await h.owner.client.ok(COMMENT, { id, body: 'Secret thread message' });
    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-11-20', roleId: id, stages: ['PANEL'] } });
    const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'SATISFACTION', heldOn: '2026-11-21', roleId: id, notes: 'What keeps them here' } });
    return { id, debriefId: createDebrief.id, conversationId: holdConversation.id };
  }

  const logOf = async (id: string) => (await h.owner.client.ok(ROLE_ACCESS_LOG, { id })).interestingRole.views ?? [];
  const secretsIn = (value: unknown) => [...Object.values(SECRET), MESSAGE, 'Secret thread message'].filter((s) => JSON.stringify(value).includes(s));

  it.each(PATHS.flatMap((path) => PERSONAS.map((persona) => [path.name, persona, ...path.expected[persona], path] as const)))(
    '%s as %s → %s, %i access-log entries',
    async (_, persona, seen, entries, path) => {
      const records = await sharedRoleWithRecords();
      expect(await path.read(h.clients[persona], records)).toBe(seen);
      expect(await logOf(records.id)).toHaveLength(entries);
    },
  );

  it('a summary is a summary: the type carries no checklist, message, description, interviews or thread', async () => {
    const { __type } = await h.manager.client.ok(SUMMARY_TYPE);
    expect(__type?.fields?.map((f) => f.name).sort()).toEqual(
      ['company', 'id', 'isShared', 'level', 'outcome', 'owner', 'satisfactionConversationSuggested', 'sharedAt', 'stretch', 'title', 'trackChange', 'unread', 'viewerRelation'].sort(),
    );
  });

  it('sharedWithMe gives the manager summaries and logs nothing', async () => {
    const { id } = await sharedRoleWithRecords();
    const inbox = await h.manager.client.ok(INBOX_SUMMARIES);
    const node = inbox.sharedWithMe.edges.find((e) => e.node.id === id)?.node;
    expect(node).toMatchObject({ title: 'Senior Engineer', company: 'Globex', isShared: true, unread: true, viewerRelation: 'MANAGER', stretch: 'SAME_LEVEL', level: { key: 'IC3' } });
    expect(secretsIn(inbox)).toEqual([]);
    expect(await logOf(id)).toEqual([]);
  });

  type Records = Awaited<ReturnType<typeof sharedRoleWithRecords>>;
  it.each<[string, (r: Records) => Promise<unknown>]>([
    ['debrief.role', async (r) => (await h.manager.client.ok(DEBRIEF_ROLE, { id: r.debriefId })).debrief.role],
    ['conversation.role', async (r) => (await h.manager.client.ok(CONVERSATION_ROLE, { id: r.conversationId })).conversation.role],
  ])('%s gives a summary and logs nothing', async (_, read) => {
    const records = await sharedRoleWithRecords();
    const role = await read(records);
    expect(role).toMatchObject({ id: records.id, title: 'Senior Engineer', viewerRelation: 'MANAGER' });
    expect(secretsIn(role)).toEqual([]);
    expect(await logOf(records.id)).toEqual([]);
  });

  it('interestingRole gives the manager the detail and logs each read, after which the inbox no longer marks it new', async () => {
    const { id } = await sharedRoleWithRecords();
    const detail = await h.manager.client.ok(ROLE, { id });
    expect(detail.interestingRole).toMatchObject({ shareMessage: MESSAGE, checklist: { myWhy: SECRET.myWhy, whatWouldItTake: null } });
    await h.manager.client.ok(ROLE, { id });
    expect((await logOf(id)).map((v) => v.viewer?.id)).toEqual([h.manager.id, h.manager.id]);
    const inbox = await h.manager.client.ok(INBOX_SUMMARIES);
    expect(inbox.sharedWithMe.edges.find((e) => e.node.id === id)?.node.unread).toBe(false);
  });

  it('setting the level as the manager hands out the detail, so it is logged; the owner setting it is not', async () => {
    const { id } = await sharedRoleWithRecords();
    const asManager = await h.manager.client.ok(SET_ROLE_LEVEL, { id, levelKey: 'IC4' });
    expect(asManager.setInterestingRoleLevel.checklist.myWhy).toBe(SECRET.myWhy);
    expect((await logOf(id)).map((v) => v.viewer?.id)).toEqual([h.manager.id]);
    await h.owner.client.ok(SET_ROLE_LEVEL, { id, levelKey: 'IC5' });
    expect(await logOf(id)).toHaveLength(1);
  });

  it('the owner reading their own role, in any path, logs nothing and sees nothing marked new', async () => {
    const records = await sharedRoleWithRecords();
    await h.owner.client.ok(ROLE, { id: records.id });
    const viaDebrief = await h.owner.client.ok(DEBRIEF_ROLE, { id: records.debriefId });
    expect(viaDebrief.debrief.role).toMatchObject({ viewerRelation: 'OWNER', unread: false });
    expect(await logOf(records.id)).toEqual([]);
  });

  it('no one else reaches the role by any path, and trying leaves no log entry', async () => {
    const records = await sharedRoleWithRecords();
    for (const persona of PERSONAS.filter((p) => !['OWNER', 'MANAGER', 'ANONYMOUS'].includes(p))) {
      const client = h.clients[persona];
      expect([persona, codeOf(await client.request(ROLE, { id: records.id }))]).toEqual([persona, 'NOT_FOUND']);
      expect([persona, codeOf(await client.request(SET_ROLE_LEVEL, { id: records.id, levelKey: 'IC4' }))]).toEqual([persona, 'NOT_FOUND']);
      expect([persona, codeOf(await client.request(DEBRIEF_ROLE, { id: records.debriefId }))]).toEqual([persona, 'NOT_FOUND']);
      expect([persona, codeOf(await client.request(CONVERSATION_ROLE, { id: records.conversationId }))]).toEqual([persona, 'NOT_FOUND']);
      const inbox = await client.ok(INBOX_SUMMARIES);
      expect(inbox.sharedWithMe.edges.map((e) => e.node.id)).not.toContain(records.id);
    }
    expect(codeOf(await h.clients.ANONYMOUS.request(INBOX_SUMMARIES))).toBe('UNAUTHENTICATED');
    expect(await logOf(records.id)).toEqual([]);
  });
});

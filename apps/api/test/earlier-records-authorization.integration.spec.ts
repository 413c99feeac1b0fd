import { codeOf, GraphqlClient, GraphqlResponse } from './graphql-client';
import {
  ACTION_ITEMS, ADD_ACTION_ITEM, COMPLETE_ACTION_ITEM, CONVERSATION, CONVERSATIONS, CREATE_DEBRIEF, DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, MY_ACTION_ITEMS,
  UPDATE_DEBRIEF,
} from './growth-operations';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { UPDATE_PERSON } from './operations';
import { SHARE_EARLIER_RECORDS, STOP_SHARING_EARLIER_RECORDS } from './record-sharing-operations';
import { startTestApp, TestApp } from './test-app';

type Expected = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LISTED' | 'NOT_LISTED';
type Sharing = 'NOT_SHARED' | 'SHARED' | 'STOPPED';

/** Records the owner had with the former manager, before the current manager took over. */
interface EarlierRecords {
  reportId: string;
  debriefId: string;
  conversationId: string;
  actionItemId: string;
}

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;
const listedIn = (ids: string[], id: string): Expected => (ids.includes(id) ? 'LISTED' : 'NOT_LISTED');
async function listed<T>(request: Promise<GraphqlResponse<T>>, ids: (data: T) => string[], id: string): Promise<Expected> {
  const result = await request;
  return result.errors ? (codeOf(result) as Expected) : listedIn(ids(result.data as T), id);
}

const others = { FORMER_MANAGER: 'NOT_FOUND', SKIP_LEVEL: 'NOT_FOUND', PEER: 'NOT_FOUND', ADMIN: 'NOT_FOUND', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;
const readable = (sharing: Sharing): Record<Persona, Expected> => ({ OWNER: 'OK', MANAGER: sharing === 'SHARED' ? 'OK' : 'NOT_FOUND', ...others });
const listedFor = (sharing: Sharing, reportLists: boolean): Record<Persona, Expected> => ({
  OWNER: 'LISTED',
  MANAGER: sharing === 'SHARED' ? 'LISTED' : reportLists ? 'NOT_LISTED' : 'NOT_LISTED',
  FORMER_MANAGER: reportLists ? 'NOT_FOUND' : 'NOT_LISTED',
  SKIP_LEVEL: reportLists ? 'NOT_FOUND' : 'NOT_LISTED',
  PEER: reportLists ? 'NOT_FOUND' : 'NOT_LISTED',
  ADMIN: reportLists ? 'NOT_FOUND' : 'NOT_LISTED',
  OTHER_ORG: reportLists ? 'NOT_FOUND' : 'NOT_LISTED',
  ANONYMOUS: 'UNAUTHENTICATED',
});

const OPERATIONS: { name: string; run(c: GraphqlClient, r: EarlierRecords): Promise<Expected>; expected(sharing: Sharing): Record<Persona, Expected> }[] = [
  { name: 'debrief', run: (c, r) => outcome(c.request(DEBRIEF, { id: r.debriefId })), expected: readable },
  { name: 'conversation', run: (c, r) => outcome(c.request(CONVERSATION, { id: r.conversationId })), expected: readable },
  {
    name: 'debriefs',
    run: (c, r) => listed(c.request(DEBRIEFS, { reportId: r.reportId }), (d) => d.debriefs.map((x) => x.id), r.debriefId),
    expected: (s) => listedFor(s, true),
  },
  {
    name: 'conversations',
    run: (c, r) => listed(c.request(CONVERSATIONS, { reportId: r.reportId }), (d) => d.conversations.map((x) => x.id), r.conversationId),
    expected: (s) => listedFor(s, true),
  },
  {
    name: 'actionItems',
    run: (c, r) => listed(c.request(ACTION_ITEMS, { reportId: r.reportId, status: 'ALL' }), (d) => d.actionItems.map((x) => x.id), r.actionItemId),
    expected: (s) => listedFor(s, true),
  },
  {
    name: 'myActionItems',
    run: (c, r) => listed(c.request(MY_ACTION_ITEMS, { status: 'ALL' }), (d) => d.myActionItems.map((x) => x.id), r.actionItemId),
    expected: (s) => listedFor(s, false),
  },
  {
    name: 'addActionItem',
    run: (c, r) => outcome(c.request(ADD_ACTION_ITEM, { input: { debriefId: r.debriefId, owner: 'REPORT', text: 'Follow up' } })),
    expected: readable,
  },
  { name: 'completeActionItem', run: (c, r) => outcome(c.request(COMPLETE_ACTION_ITEM, { id: r.actionItemId })), expected: readable },
  {
    name: 'updateDebrief',
    run: (c, r) => outcome(c.request(UPDATE_DEBRIEF, { id: r.debriefId, input: { wentWell: 'rewritten' } })),
    // Shared to read: only the manager who held a debrief edits it, and the report never does.
    expected: (s) => ({ ...readable(s), OWNER: 'FORBIDDEN', MANAGER: s === 'SHARED' ? 'FORBIDDEN' : 'NOT_FOUND' }),
  },
];

describe('records held with an earlier manager: who may call what, before, during and after the report shares them', () => {
  let app: TestApp;
  let h: Hierarchy;
  let records: EarlierRecords;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    // The owner goes back to the former manager for a while, who holds a debrief and a practice conversation.
    await h.org.admin.client.ok(UPDATE_PERSON, { id: h.owner.id, input: { managerId: h.formerManager.id } });
    const { createDebrief } = await h.formerManager.client.ok(CREATE_DEBRIEF, {
      input: { reportId: h.owner.id, heldOn: '2026-10-01', wentWell: 'Earlier insight', actionItems: [{ owner: 'REPORT', text: 'Earlier item' }] },
    });
    const { holdConversation } = await h.formerManager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'CAREER', heldOn: '2026-10-02', notes: 'Earlier career talk' } });
    await h.org.admin.client.ok(UPDATE_PERSON, { id: h.owner.id, input: { managerId: h.manager.id } });
    records = { reportId: h.owner.id, debriefId: createDebrief.id, conversationId: holdConversation.id, actionItemId: createDebrief.actionItems[0].id };
  });
  afterAll(() => app.close());

  async function setSharing(sharing: Sharing) {
    const current = await h.owner.client.request(STOP_SHARING_EARLIER_RECORDS);
    expect(['OK', 'CONFLICT']).toContain(codeOf(current));
    if (sharing === 'SHARED') await h.owner.client.ok(SHARE_EARLIER_RECORDS);
    if (sharing === 'STOPPED') {
      await h.owner.client.ok(SHARE_EARLIER_RECORDS);
      await h.owner.client.ok(STOP_SHARING_EARLIER_RECORDS);
    }
  }

  const cases = (['NOT_SHARED', 'SHARED', 'STOPPED'] as const).flatMap((sharing) =>
    OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, sharing, persona, op.expected(sharing)[persona], op] as const)),
  );

  it.each(cases)('%s (%s) as %s → %s', async (_, sharing, persona, expected, op) => {
    await setSharing(sharing);
    expect(await op.run(h.clients[persona], records)).toBe(expected);
  });
});

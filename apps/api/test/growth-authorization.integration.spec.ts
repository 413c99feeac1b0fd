import { codeOf, GraphqlClient, GraphqlResponse } from './graphql-client';
import {
  ACTION_ITEMS, ADD_ACTION_ITEM, COMPLETE_ACTION_ITEM, CONVERSATION, CONVERSATIONS, CREATE_DEBRIEF, DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, MY_ACTION_ITEMS,
  PERSON_PRACTICE, PRACTICE_STATUS, UPDATE_DEBRIEF,
} from './growth-operations';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { startTestApp, TestApp } from './test-app';

type Expected = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LISTED' | 'NOT_LISTED' | 'VISIBLE' | 'HIDDEN';

interface Records {
  reportId: string;
  debriefId: string;
  conversationId: string;
  actionItemId: string;
}

const denied = { FORMER_MANAGER: 'NOT_FOUND', SKIP_LEVEL: 'NOT_FOUND', PEER: 'NOT_FOUND', ADMIN: 'NOT_FOUND', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;
const reportAndManager = { OWNER: 'OK', MANAGER: 'OK', ...denied } as const;
const managerOnly = { OWNER: 'FORBIDDEN', MANAGER: 'OK', ...denied } as const;

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;

const OPERATIONS: { name: string; run(c: GraphqlClient, r: Records): Promise<Expected>; expected: Record<Persona, Expected> }[] = [
  { name: 'debriefs', run: (c, r) => outcome(c.request(DEBRIEFS, { reportId: r.reportId })), expected: reportAndManager },
  { name: 'debrief', run: (c, r) => outcome(c.request(DEBRIEF, { id: r.debriefId })), expected: reportAndManager },
  { name: 'createDebrief', run: (c, r) => outcome(c.request(CREATE_DEBRIEF, { input: { reportId: r.reportId, heldOn: '2026-11-20', wentWell: 'Calm under pressure' } })), expected: managerOnly },
  { name: 'updateDebrief', run: (c, r) => outcome(c.request(UPDATE_DEBRIEF, { id: r.debriefId, input: { wentWell: 'Changed: calmer than expected' } })), expected: managerOnly },
  { name: 'conversations', run: (c, r) => outcome(c.request(CONVERSATIONS, { reportId: r.reportId })), expected: reportAndManager },
  { name: 'conversation', run: (c, r) => outcome(c.request(CONVERSATION, { id: r.conversationId })), expected: reportAndManager },
  {
    name: 'holdConversation',
    run: (c, r) => outcome(c.request(HOLD_CONVERSATION, { input: { reportId: r.reportId, kind: 'CAREER', heldOn: '2026-11-20', notes: 'Talked about a move to staff' } })),
    expected: managerOnly,
  },
  {
    name: 'addActionItem',
    run: (c, r) => outcome(c.request(ADD_ACTION_ITEM, { input: { debriefId: r.debriefId, owner: 'REPORT', text: 'Practise system design' } })),
    expected: reportAndManager,
  },
  { name: 'completeActionItem', run: (c, r) => outcome(c.request(COMPLETE_ACTION_ITEM, { id: r.actionItemId })), expected: reportAndManager },
  { name: 'actionItems', run: (c, r) => outcome(c.request(ACTION_ITEMS, { reportId: r.reportId })), expected: reportAndManager },
  {
    name: 'myActionItems',
    run: async (c, r) => {
      const result = await c.request(MY_ACTION_ITEMS);
      if (result.errors) return codeOf(result) as Expected;
      return result.data!.myActionItems.some((i) => i.id === r.actionItemId) ? 'LISTED' : 'NOT_LISTED';
    },
    expected: { OWNER: 'LISTED', MANAGER: 'LISTED', FORMER_MANAGER: 'NOT_LISTED', SKIP_LEVEL: 'NOT_LISTED', PEER: 'NOT_LISTED', ADMIN: 'NOT_LISTED', OTHER_ORG: 'NOT_LISTED', ANONYMOUS: 'UNAUTHENTICATED' },
  },
  { name: 'practiceStatus', run: (c, r) => outcome(c.request(PRACTICE_STATUS, { reportId: r.reportId })), expected: reportAndManager },
  {
    name: 'Person.practiceStatus',
    run: async (c, r) => {
      const result = await c.request(PERSON_PRACTICE, { id: r.reportId });
      if (result.errors) return codeOf(result) as Expected;
      return result.data!.person.practiceStatus ? 'VISIBLE' : 'HIDDEN';
    },
    expected: { OWNER: 'VISIBLE', MANAGER: 'VISIBLE', FORMER_MANAGER: 'HIDDEN', SKIP_LEVEL: 'HIDDEN', PEER: 'HIDDEN', ADMIN: 'HIDDEN', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' },
  },
];

describe('debriefs, conversations, action items and cadence: who may call what', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function freshRecords(): Promise<Records> {
    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, {
      input: { reportId: h.owner.id, heldOn: '2026-11-10', wentWell: 'Clear answers', actionItems: [{ owner: 'REPORT', text: 'Read DDIA chapter 5' }] },
    });
    const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, {
      input: { reportId: h.owner.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-11-11', answers: [{ questionKey: 'seen_open_roles', answer: 'One at Globex' }] },
    });
    return { reportId: h.owner.id, debriefId: createDebrief.id, conversationId: holdConversation.id, actionItemId: createDebrief.actionItems[0].id };
  }

  const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.expected[persona], op] as const));

  it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
    expect(await op.run(h.clients[persona], await freshRecords())).toBe(expected);
  });

  it('the skip-level and the admin never see the content, even of records about their own organization', async () => {
    const records = await freshRecords();
    for (const client of [h.skipLevel.client, h.org.admin.client]) {
      const result = await client.request(DEBRIEF, { id: records.debriefId });
      expect(JSON.stringify(result)).not.toContain('Clear answers');
      expect(codeOf(result)).toBe('NOT_FOUND');
    }
  });
});

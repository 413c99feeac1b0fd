import { codeOf, GraphqlClient, GraphqlResponse } from './graphql-client';
import { ADD_ACTION_ITEM, CREATE_DEBRIEF, HOLD_CONVERSATION, UPDATE_DEBRIEF } from './growth-operations';
import { buildHierarchy, Hierarchy, Persona, PERSONAS } from './hierarchy';
import { UPDATE_PERSON } from './operations';
import { SHARE_EARLIER_RECORDS } from './record-sharing-operations';
import { DELETE_ACTION_ITEM, DELETE_CONVERSATION, DELETE_DEBRIEF, UPDATE_ACTION_ITEM, UPDATE_CONVERSATION } from './records-operations';
import { startTestApp, TestApp } from './test-app';

type Expected = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** A debrief and a conversation with the report, an action item the manager wrote and one the report wrote. */
interface Records {
  debriefId: string;
  conversationId: string;
  managersItemId: string;
  reportsItemId: string;
}

const outcome = async (request: Promise<GraphqlResponse<unknown>>): Promise<Expected> => codeOf(await request) as Expected;

const denied = { SKIP_LEVEL: 'NOT_FOUND', PEER: 'NOT_FOUND', ADMIN: 'NOT_FOUND', OTHER_ORG: 'NOT_FOUND', ANONYMOUS: 'UNAUTHENTICATED' } as const;

/**
 * Only the manager who held a record changes or deletes it, and only while they manage the report:
 * records stay with the report, and a former manager loses them with the reporting line. The
 * report reads theirs but does not rewrite what their manager wrote. An action item is changed
 * by whoever wrote it, while they may still see it.
 */
const OPERATIONS: { name: string; run(c: GraphqlClient, r: Records): Promise<Expected>; held: Record<Persona, Expected>; earlier: Record<Persona, Expected> }[] = [
  {
    name: 'updateDebrief',
    run: (c, r) => outcome(c.request(UPDATE_DEBRIEF, { id: r.debriefId, input: { wentWell: 'Changed: calmer than expected' } })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'deleteDebrief',
    run: (c, r) => outcome(c.request(DELETE_DEBRIEF, { id: r.debriefId })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'updateConversation',
    run: (c, r) => outcome(c.request(UPDATE_CONVERSATION, { id: r.conversationId, input: { notes: 'Changed: talked about Globex' } })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'deleteConversation',
    run: (c, r) => outcome(c.request(DELETE_CONVERSATION, { id: r.conversationId })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'updateActionItem (the manager’s)',
    run: (c, r) => outcome(c.request(UPDATE_ACTION_ITEM, { id: r.managersItemId, input: { text: 'Changed wording', dueOn: '2027-01-10' } })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'deleteActionItem (the manager’s)',
    run: (c, r) => outcome(c.request(DELETE_ACTION_ITEM, { id: r.managersItemId })),
    held: { OWNER: 'FORBIDDEN', MANAGER: 'OK', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'FORBIDDEN', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'updateActionItem (the report’s)',
    run: (c, r) => outcome(c.request(UPDATE_ACTION_ITEM, { id: r.reportsItemId, input: { dueOn: null } })),
    held: { OWNER: 'OK', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'OK', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
  {
    name: 'deleteActionItem (the report’s)',
    run: (c, r) => outcome(c.request(DELETE_ACTION_ITEM, { id: r.reportsItemId })),
    held: { OWNER: 'OK', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
    earlier: { OWNER: 'OK', MANAGER: 'FORBIDDEN', FORMER_MANAGER: 'NOT_FOUND', ...denied },
  },
];

describe('changing and deleting debriefs, conversations and action items: who may', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  async function recordsHeldBy(holder: GraphqlClient, report: { id: string; client: GraphqlClient }): Promise<Records> {
    const { createDebrief } = await holder.ok(CREATE_DEBRIEF, {
      input: { reportId: report.id, heldOn: '2026-11-10', wentWell: 'Clear answers', actionItems: [{ owner: 'REPORT', text: 'Read DDIA chapter 5' }] },
    });
    const { holdConversation } = await holder.ok(HOLD_CONVERSATION, {
      input: { reportId: report.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-11-11', answers: [{ questionKey: 'seen_open_roles', answer: 'One at Globex' }] },
    });
    const { addActionItem } = await report.client.ok(ADD_ACTION_ITEM, { input: { debriefId: createDebrief.id, owner: 'REPORT', text: 'Write up the system design round' } });
    return { debriefId: createDebrief.id, conversationId: holdConversation.id, managersItemId: createDebrief.actionItems[0].id, reportsItemId: addActionItem.id };
  }

  describe('records the current manager held', () => {
    const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.held[persona], op] as const));
    it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
      expect(await op.run(h.clients[persona], await recordsHeldBy(h.manager.client, h.owner))).toBe(expected);
    });
  });

  // The report moved from the former manager to the current one and shares their earlier records:
  // the new manager reads them, but what the former manager wrote stays as they wrote it.
  describe('records a former manager held, shared with the current one', () => {
    const cases = OPERATIONS.flatMap((op) => PERSONAS.map((persona) => [op.name, persona, op.earlier[persona], op] as const));
    it.each(cases)('%s as %s → %s', async (_, persona, expected, op) => {
      const mover = await h.org.addMember({ name: 'Mo Mover', managerId: h.formerManager.id, levelKey: 'IC3' });
      const records = await recordsHeldBy(h.formerManager.client, mover);
      await h.org.admin.client.ok(UPDATE_PERSON, { id: mover.id, input: { managerId: h.manager.id } });
      await mover.client.ok(SHARE_EARLIER_RECORDS);
      const client = persona === 'OWNER' ? mover.client : h.clients[persona];
      expect(await op.run(client, records)).toBe(expected);
    });
  });
});

import type { GraphqlClient, GraphqlResponse } from './graphql-client';
import { codeOf } from './graphql-client';
import {
  ACTION_ITEMS, ADD_ACTION_ITEM, COMPLETE_ACTION_ITEM, CONVERSATION, CONVERSATIONS, CREATE_DEBRIEF, DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, PRACTICE_STATUS,
  REOPEN_ACTION_ITEM, UPDATE_DEBRIEF,
} from './growth-operations';
import { buildHierarchy, Hierarchy, Persona } from './hierarchy';
import { DEACTIVATE, DELETE_LEVEL, INVITE, PERSON, REISSUE, UPDATE_LEVEL, UPDATE_PERSON } from './operations';
import { ADD_INTERVIEW, COMMENT, DELETE_COMMENT, DELETE_ROLE, EDIT_COMMENT, REMOVE_INTERVIEW, REVOKE_ROLE, ROLE, SET_ROLE_LEVEL, SHARE_ROLE, UPDATE_ROLE } from './roles-operations';
import { END_SESSION } from './session-operations';
import { startTestApp, TestApp } from './test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';
const MALFORMED = ['not-an-id', '12345', `${MISSING}x`, "'; DROP TABLE people; --"];

/** One id-taking operation, sent by a persona with every other argument valid. */
interface Case {
  name: string;
  as: Persona;
  send(client: GraphqlClient, id: string, h: Hierarchy, existing: { debriefId: string }): Promise<GraphqlResponse<unknown>>;
}

const CASES: Case[] = [
  { name: 'person(id)', as: 'MANAGER', send: (c, id) => c.request(PERSON, { id }) },
  { name: 'debrief(id)', as: 'MANAGER', send: (c, id) => c.request(DEBRIEF, { id }) },
  { name: 'debriefs(reportId)', as: 'MANAGER', send: (c, id) => c.request(DEBRIEFS, { reportId: id }) },
  { name: 'conversation(id)', as: 'MANAGER', send: (c, id) => c.request(CONVERSATION, { id }) },
  { name: 'conversations(reportId)', as: 'MANAGER', send: (c, id) => c.request(CONVERSATIONS, { reportId: id }) },
  { name: 'actionItems(reportId)', as: 'MANAGER', send: (c, id) => c.request(ACTION_ITEMS, { reportId: id }) },
  { name: 'practiceStatus(reportId)', as: 'MANAGER', send: (c, id) => c.request(PRACTICE_STATUS, { reportId: id }) },
  { name: 'interestingRole(id)', as: 'MANAGER', send: (c, id) => c.request(ROLE, { id }) },
  { name: 'createDebrief(reportId)', as: 'MANAGER', send: (c, id) => c.request(CREATE_DEBRIEF, { input: { reportId: id, heldOn: '2026-11-20', stages: ['PANEL'] } }) },
  { name: 'createDebrief(roleId)', as: 'MANAGER', send: (c, id, h) => c.request(CREATE_DEBRIEF, { input: { reportId: h.owner.id, roleId: id, heldOn: '2026-11-20', stages: ['PANEL'] } }) },
  { name: 'updateDebrief(id)', as: 'MANAGER', send: (c, id) => c.request(UPDATE_DEBRIEF, { id, input: { wentWell: 'x' } }) },
  { name: 'updateDebrief(roleId)', as: 'MANAGER', send: (c, id, _h, e) => c.request(UPDATE_DEBRIEF, { id: e.debriefId, input: { roleId: id } }) },
  { name: 'holdConversation(reportId)', as: 'MANAGER', send: (c, id) => c.request(HOLD_CONVERSATION, { input: { reportId: id, kind: 'CAREER', heldOn: '2026-11-20', notes: 'A long career talk' } }) },
  {
    name: 'holdConversation(roleId)',
    as: 'MANAGER',
    send: (c, id, h) => c.request(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'SATISFACTION', roleId: id, heldOn: '2026-11-20', notes: 'What keeps them here' } }),
  },
  { name: 'addActionItem(debriefId)', as: 'MANAGER', send: (c, id) => c.request(ADD_ACTION_ITEM, { input: { debriefId: id, owner: 'REPORT', text: 'x' } }) },
  { name: 'addActionItem(conversationId)', as: 'MANAGER', send: (c, id) => c.request(ADD_ACTION_ITEM, { input: { conversationId: id, owner: 'REPORT', text: 'x' } }) },
  { name: 'completeActionItem(id)', as: 'MANAGER', send: (c, id) => c.request(COMPLETE_ACTION_ITEM, { id }) },
  { name: 'reopenActionItem(id)', as: 'MANAGER', send: (c, id) => c.request(REOPEN_ACTION_ITEM, { id }) },
  { name: 'updateInterestingRole(id)', as: 'OWNER', send: (c, id) => c.request(UPDATE_ROLE, { id, input: { company: 'x' } }) },
  { name: 'deleteInterestingRole(id)', as: 'OWNER', send: (c, id) => c.request(DELETE_ROLE, { id }) },
  { name: 'shareInterestingRole(id)', as: 'OWNER', send: (c, id) => c.request(SHARE_ROLE, { id }) },
  { name: 'revokeInterestingRoleShare(id)', as: 'OWNER', send: (c, id) => c.request(REVOKE_ROLE, { id }) },
  { name: 'setInterestingRoleLevel(id)', as: 'MANAGER', send: (c, id) => c.request(SET_ROLE_LEVEL, { id, levelKey: 'IC4' }) },
  { name: 'addInterview(roleId)', as: 'OWNER', send: (c, id) => c.request(ADD_INTERVIEW, { roleId: id, input: { heldOn: '2026-11-20', kind: 'TECHNICAL' } }) },
  { name: 'removeInterview(id)', as: 'OWNER', send: (c, id) => c.request(REMOVE_INTERVIEW, { id }) },
  { name: 'commentOnInterestingRole(id)', as: 'MANAGER', send: (c, id) => c.request(COMMENT, { id, body: 'x' }) },
  { name: 'editRoleComment(id)', as: 'MANAGER', send: (c, id) => c.request(EDIT_COMMENT, { id, body: 'x' }) },
  { name: 'deleteRoleComment(id)', as: 'MANAGER', send: (c, id) => c.request(DELETE_COMMENT, { id }) },
  { name: 'updatePerson(id)', as: 'ADMIN', send: (c, id) => c.request(UPDATE_PERSON, { id, input: { title: 'x' } }) },
  { name: 'updatePerson(managerId)', as: 'ADMIN', send: (c, id, h) => c.request(UPDATE_PERSON, { id: h.peer.id, input: { managerId: id } }) },
  { name: 'updatePerson(levelId)', as: 'ADMIN', send: (c, id, h) => c.request(UPDATE_PERSON, { id: h.peer.id, input: { levelId: id } }) },
  { name: 'deactivatePerson(id)', as: 'ADMIN', send: (c, id) => c.request(DEACTIVATE, { id }) },
  { name: 'reissueInvitation(personId)', as: 'ADMIN', send: (c, id) => c.request(REISSUE, { personId: id }) },
  { name: 'invitePerson(levelId)', as: 'ADMIN', send: (c, id) => c.request(INVITE, { input: { email: 'lee@example.com', name: 'Lee', levelId: id } }) },
  { name: 'updateLevel(id)', as: 'ADMIN', send: (c, id) => c.request(UPDATE_LEVEL, { id, input: { name: 'x' } }) },
  { name: 'deleteLevel(id)', as: 'ADMIN', send: (c, id) => c.request(DELETE_LEVEL, { id }) },
  { name: 'endSession(id)', as: 'OWNER', send: (c, id) => c.request(END_SESSION, { id }) },
];

describe('a malformed id answers exactly like a missing one', () => {
  let app: TestApp;
  let h: Hierarchy;
  let existing: { debriefId: string };
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
    existing = { debriefId: (await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: '2026-11-20', stages: ['PANEL'] } })).createDebrief.id };
  });
  afterAll(() => app.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, { as, send }) => {
    const client = h.clients[as];
    const missing = await send(client, MISSING, h, existing);
    expect(codeOf(missing)).not.toBe('OK');
    expect(codeOf(missing)).not.toBe('INTERNAL_SERVER_ERROR');
    for (const malformed of MALFORMED) expect([malformed, await send(client, malformed, h, existing)]).toEqual([malformed, missing]);
  });
});

import { AGENDAS, ADD_ACTION_ITEM, CREATE_DEBRIEF, HOLD_CONVERSATION } from '../growth-operations';
import { buildHierarchy, Hierarchy, Persona } from '../hierarchy';
import { INVITE, LEVELS } from '../operations';
import { ADD_INTERVIEW, COMMENT, CREATE_ROLE, SHARE_ROLE } from '../roles-operations';
import { tokenOf, unique } from '../builders';
import type { TestApp } from '../test-app';
import { Pools, remember, rememberId } from './fuzz-values';

export interface FuzzAnswer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined;
}

export interface FuzzWorld {
  h: Hierarchy;
  pools: Pools;
  /** Sends as a persona with its session cookie, and ignores any cookie the answer sets. */
  send(as: Persona, query: string, variables: Record<string, unknown>): Promise<FuzzAnswer>;
  /** Ids, cursors and invitation tokens in an answer join the pools. */
  harvest(answer: FuzzAnswer): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organization the fuzz runs in: every persona of the privacy rules, and a record of each kind
 * (private and shared roles, an interview, a comment, a debrief, a conversation, action items, a
 * pending invitation), so generated ids often name something real.
 */
export async function buildFuzzWorld(app: TestApp): Promise<FuzzWorld> {
  const h = await buildHierarchy(app);
  const pools: Pools = { ids: [], idsByType: {}, expendableIds: [], tokens: [], emails: [], cursors: [], levelKeys: [], questionKeys: [] };
  for (const member of [h.owner, h.manager, h.formerManager, h.skipLevel, h.peer, h.org.admin]) {
    rememberId(pools, 'Person', member.id);
    remember(pools.emails, member.email);
  }
  // Someone with a manager, for arguments named reportId.
  for (const member of [h.owner, h.peer, h.manager]) rememberId(pools, 'Report', member.id);
  for (const level of (await h.org.admin.client.ok(LEVELS)).levels) {
    rememberId(pools, 'Level', level.id);
    remember(pools.levelKeys, level.key);
  }
  for (const agenda of (await h.owner.client.ok(AGENDAS)).conversationAgendas) for (const q of agenda.questions) remember(pools.questionKeys, q.key);

  const role = async (client = h.owner.client, title = 'Staff Engineer', share = false) => {
    const { createInterestingRole } = await client.ok(CREATE_ROLE, { input: { title, company: 'Globex', whatWouldItTake: 'More scope' } });
    if (share) await client.ok(SHARE_ROLE, { id: createInterestingRole.id, message: 'Worth a talk' });
    rememberId(pools, 'InterestingRole', createInterestingRole.id);
    return createInterestingRole.id;
  };
  await role(h.owner.client, 'Senior Engineer');
  const shared = await role(h.owner.client, 'Staff Engineer', true);
  await role(h.peer.client, 'Senior Engineer', true);
  rememberId(pools, 'RoleInterview', (await h.owner.client.ok(ADD_INTERVIEW, { roleId: shared, input: { heldOn: '2026-11-20', kind: 'TECHNICAL' } })).addInterview.id);
  rememberId(pools, 'RoleComment', (await h.manager.client.ok(COMMENT, { id: shared, body: 'Nice one' })).commentOnInterestingRole.id);
  const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, {
    input: { reportId: h.owner.id, roleId: shared, heldOn: '2026-11-20', stages: ['PANEL'], actionItems: [{ owner: 'REPORT', text: 'Practise system design' }] },
  });
  rememberId(pools, 'Debrief', createDebrief.id);
  for (const item of createDebrief.actionItems) rememberId(pools, 'ActionItem', item.id);
  const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-11-21', notes: 'Practice talk held' } });
  rememberId(pools, 'Conversation', holdConversation.id);
  rememberId(pools, 'ActionItem', (await h.manager.client.ok(ADD_ACTION_ITEM, { input: { conversationId: holdConversation.id, owner: 'MANAGER', text: 'Book a follow-up' } })).addActionItem.id);
  for (let i = 0; i < 4; i += 1) {
    const { invitePerson } = await h.org.admin.client.ok(INVITE, { input: { email: `${unique('fuzz')}@example.com`, name: `Expendable ${i}`, managerId: h.manager.id } });
    remember(pools.expendableIds, invitePerson.person.id);
    rememberId(pools, 'Person', invitePerson.person.id);
    remember(pools.tokens, tokenOf(invitePerson.url));
  }

  const cookies = Object.fromEntries(Object.entries(h.clients).map(([persona, client]) => [persona, client.cookie])) as Record<Persona, string | undefined>;
  const send = async (as: Persona, query: string, variables: Record<string, unknown>): Promise<FuzzAnswer> => {
    const cookie = cookies[as];
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: FuzzAnswer['body'];
    try {
      body = JSON.parse(text) as FuzzAnswer['body'];
    } catch {
      body = undefined;
    }
    return { status: response.status, text, body };
  };

  const harvest = (answer: FuzzAnswer) => {
    const walk = (value: unknown, key?: string, type?: unknown): void => {
      if (typeof value === 'string') {
        // A role summary's id is its role's.
        if (key === 'id' && UUID.test(value)) rememberId(pools, type === 'RoleSummary' ? 'InterestingRole' : String(type ?? 'unknown'), value);
        else if (key === 'endCursor' || key === 'cursor') remember(pools.cursors, value);
        else if (key === 'url' && value.includes('/invite/')) remember(pools.tokens, tokenOf(value));
      } else if (Array.isArray(value)) value.forEach((item) => walk(item));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k, (value as { __typename?: unknown }).__typename);
    };
    walk(answer.body?.data);
  };

  return { h, pools, send, harvest };
}

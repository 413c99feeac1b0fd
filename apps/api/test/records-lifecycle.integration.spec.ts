import { codeOf, GraphqlClient, GraphqlResponse, reasonOf } from './graphql-client';
import { ACTION_ITEMS, CONVERSATION, CREATE_DEBRIEF, DEBRIEF, DEBRIEFS, HOLD_CONVERSATION, PRACTICE_STATUS, UPDATE_DEBRIEF } from './growth-operations';
import { buildHierarchy, Hierarchy } from './hierarchy';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { DELETE_ACTION_ITEM, DELETE_CONVERSATION, DELETE_DEBRIEF, RECORD_ACTION_ITEMS, UPDATE_ACTION_ITEM, UPDATE_CONVERSATION } from './records-operations';
import { startTestApp, TestApp } from './test-app';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('debriefs and conversations say something, and their holder corrects or deletes them', () => {
  let app: TestApp;
  let h: Hierarchy;
  beforeAll(async () => {
    app = await startTestApp();
    h = await buildHierarchy(app);
  });
  afterAll(() => app.close());

  const counts = async () =>
    (await app.db.query(`SELECT (SELECT count(*) FROM debriefs)::int AS d, (SELECT count(*) FROM conversations)::int AS c, (SELECT count(*) FROM action_items)::int AS a`))[0];

  async function refusedWithoutWriting(send: (c: GraphqlClient) => Promise<GraphqlResponse<unknown>>): Promise<[string, string | undefined, string | undefined]> {
    const before = await counts();
    const result = await send(h.manager.client);
    expect(await counts()).toEqual(before);
    return [codeOf(result), reasonOf(result), result.errors?.[0]?.message];
  }

  describe('a record with nothing in it is refused, with what counts in words', () => {
    const base = () => ({ reportId: h.owner.id, heldOn: daysAgo(1), actionItems: [{ owner: 'REPORT' as const, text: 'Practise estimation' }] });
    it.each<[string, object]>([
      ['only a date (and an action item)', {}],
      ['blank text', { wentWell: '   ', couldBeBetter: '\n\t', thirdPartyFeedback: '' }],
      ['a word too short to say anything', { wentWell: 'ok' }],
      ['an outcome and ratings only', { outcome: 'REJECTED', ratings: { startedOnTime: 4 } }],
    ])('a debrief with %s', async (_, fields) => {
      const [code, reason, message] = await refusedWithoutWriting((c) => c.request(CREATE_DEBRIEF, { input: { ...base(), ...fields } }));
      expect([code, reason]).toEqual(['BAD_USER_INPUT', 'EMPTY_DEBRIEF']);
      expect(message).toMatch(/at least 10 characters in what went well/);
    });

    it.each<[string, object]>([
      ['what went well', { wentWell: 'Calm under pressure' }],
      ['the other company’s stages', { stages: ['PANEL'] }],
      ['a theme', { themes: ['system design'] }],
      ['the level they were read at', { assessedLevelKey: 'IC4' }],
    ])('a debrief with only %s counts', async (_, fields) => {
      const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { ...base(), ...fields } });
      expect(createDebrief.id).toBeTruthy();
    });

    it.each<[string, object]>([
      ['nothing at all (and an action item)', { actionItems: [{ owner: 'MANAGER', text: 'Book a follow-up' }] }],
      ['blank notes and answers', { notes: '   ', answers: [{ questionKey: 'seen_open_roles', answer: '  ' }] }],
      ['short answers only', { answers: [{ questionKey: 'seen_open_roles', answer: 'No' }] }],
    ])('a conversation with %s', async (_, fields) => {
      const [code, reason, message] = await refusedWithoutWriting((c) => c.request(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'INTERVIEW_PRACTICE', heldOn: daysAgo(1), ...fields } }));
      expect([code, reason]).toEqual(['BAD_USER_INPUT', 'EMPTY_CONVERSATION']);
      expect(message).toMatch(/answer an agenda question or write notes/);
    });

    it('an edit that would leave a debrief or a conversation empty is refused and changes nothing', async () => {
      const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: h.owner.id, heldOn: daysAgo(2), wentWell: 'Calm under pressure' } });
      const emptied = await h.manager.client.request(UPDATE_DEBRIEF, { id: createDebrief.id, input: { wentWell: ' ', outcome: 'OFFER' } });
      expect(reasonOf(emptied)).toBe('EMPTY_DEBRIEF');
      expect((await h.manager.client.ok(DEBRIEF, { id: createDebrief.id })).debrief).toMatchObject({ wentWell: 'Calm under pressure', outcome: null });

      const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'CAREER', heldOn: daysAgo(2), notes: 'Wants to lead a team' } });
      const cleared = await h.manager.client.request(UPDATE_CONVERSATION, { id: holdConversation.id, input: { notes: null, answers: [] } });
      expect(reasonOf(cleared)).toBe('EMPTY_CONVERSATION');
      expect((await h.manager.client.ok(CONVERSATION, { id: holdConversation.id })).conversation.notes).toBe('Wants to lead a team');
    });
  });

  it('the holder edits a conversation: its day, answers in agenda order and notes; its kind stays', async () => {
    const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, {
      input: { reportId: h.owner.id, kind: 'SATISFACTION', heldOn: daysAgo(5), answers: [{ questionKey: 'what_keeps_you', answer: 'The people here' }] },
    });
    const { updateConversation } = await h.manager.client.ok(UPDATE_CONVERSATION, {
      id: holdConversation.id,
      input: { heldOn: daysAgo(4), notes: '  Follow up on pay  ', answers: [{ questionKey: 'belonging', answer: 'Mostly, yes' }, { questionKey: 'what_keeps_you', answer: 'The people and the work' }] },
    });
    expect(updateConversation).toMatchObject({
      kind: 'SATISFACTION',
      heldOn: daysAgo(4),
      notes: 'Follow up on pay',
      answers: [{ questionKey: 'what_keeps_you', answer: 'The people and the work' }, { questionKey: 'belonging', answer: 'Mostly, yes' }],
    });
    // Leaving a field out keeps it.
    const { updateConversation: again } = await h.manager.client.ok(UPDATE_CONVERSATION, { id: holdConversation.id, input: { notes: 'Pay is fine after all' } });
    expect(again.answers).toHaveLength(2);

    const bad = (input: object) => h.manager.client.request(UPDATE_CONVERSATION, { id: holdConversation.id, input });
    expect(reasonOf(await bad({ heldOn: daysAgo(-3) }))).toBe('IN_THE_FUTURE');
    expect(reasonOf(await bad({ answers: [{ questionKey: 'life_story', answer: 'From another agenda' }] }))).toBe('UNKNOWN_QUESTION');
    expect(codeOf(await bad({ heldOn: null }))).toBe('BAD_USER_INPUT');
    const { holdConversation: career } = await h.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: h.owner.id, kind: 'CAREER', heldOn: daysAgo(5), notes: 'Wants to lead a team' } });
    const { createInterestingRole } = await h.owner.client.ok(CREATE_ROLE, { input: { title: 'Senior Engineer', company: 'Globex' } });
    await h.owner.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    expect(reasonOf(await h.manager.client.request(UPDATE_CONVERSATION, { id: career.id, input: { roleId: createInterestingRole.id } }))).toBe('ROLE_ONLY_FOR_SATISFACTION');
    const { updateConversation: linked } = await h.manager.client.ok(UPDATE_CONVERSATION, { id: holdConversation.id, input: { roleId: createInterestingRole.id } });
    expect(linked.role?.id).toBe(createInterestingRole.id);
  });

  it('deleting a debrief deletes its action items with it, and it stops counting as practice at once', async () => {
    const report = await h.org.addMember({ name: 'Dee Deleted', managerId: h.manager.id, levelKey: 'IC2' });
    const status = async () => (await h.manager.client.ok(PRACTICE_STATUS, { reportId: report.id })).practiceStatus;
    const { createDebrief: older } = await h.manager.client.ok(CREATE_DEBRIEF, { input: { reportId: report.id, heldOn: daysAgo(100), stages: ['PANEL'] } });
    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, {
      input: { reportId: report.id, heldOn: daysAgo(3), wentWell: 'Clear answers', actionItems: [{ owner: 'REPORT', text: 'Read DDIA chapter 5' }, { owner: 'MANAGER', text: 'Ask for feedback' }] },
    });
    expect(await status()).toMatchObject({ covered: true, lastPracticeOn: daysAgo(3) });

    expect((await h.manager.client.ok(DELETE_DEBRIEF, { id: createDebrief.id })).deleteDebrief).toBe(createDebrief.id);
    expect(await status()).toMatchObject({ covered: true, lastPracticeOn: daysAgo(100) });
    expect((await app.db.query('SELECT count(*)::int AS n FROM action_items WHERE debrief_id = $1', [createDebrief.id]))[0].n).toBe(0);
    expect(codeOf(await h.manager.client.request(DEBRIEF, { id: createDebrief.id }))).toBe('NOT_FOUND');
    expect(codeOf(await h.manager.client.request(DELETE_DEBRIEF, { id: createDebrief.id }))).toBe('NOT_FOUND');
    expect((await h.manager.client.ok(DEBRIEFS, { reportId: report.id })).debriefs.map((d) => d.id)).toEqual([older.id]);
    expect((await report.client.ok(ACTION_ITEMS, { reportId: report.id })).actionItems).toEqual([]);

    await h.manager.client.ok(DELETE_DEBRIEF, { id: older.id });
    expect(await status()).toMatchObject({ covered: false, lastPracticeOn: null });
  });

  it('deleting a practice conversation deletes its action items, and the cadence reads what remains', async () => {
    const report = await h.org.addMember({ name: 'Cody Cleared', managerId: h.manager.id, levelKey: 'IC2' });
    const { holdConversation } = await h.manager.client.ok(HOLD_CONVERSATION, {
      input: { reportId: report.id, kind: 'INTERVIEW_PRACTICE', heldOn: daysAgo(1), notes: 'Practice talk held', actionItems: [{ owner: 'REPORT', text: 'Apply to one role' }] },
    });
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: report.id })).practiceStatus.covered).toBe(true);
    await h.manager.client.ok(DELETE_CONVERSATION, { id: holdConversation.id });
    expect((await h.manager.client.ok(PRACTICE_STATUS, { reportId: report.id })).practiceStatus).toMatchObject({ covered: false, lastPracticeOn: null });
    expect((await app.db.query('SELECT count(*)::int AS n FROM action_items WHERE conversation_id = $1', [holdConversation.id]))[0].n).toBe(0);
    expect(codeOf(await report.client.request(CONVERSATION, { id: holdConversation.id }))).toBe('NOT_FOUND');
  });

  it('the author rewords an action item or moves its due day, and deletes it', async () => {
    const { createDebrief } = await h.manager.client.ok(CREATE_DEBRIEF, {
      input: { reportId: h.owner.id, heldOn: daysAgo(1), wentWell: 'Clear answers', actionItems: [{ owner: 'REPORT', text: 'Read DDIA', dueOn: '2027-01-10' }, { owner: 'MANAGER', text: 'Book a mock' }] },
    });
    const [read, mock] = createDebrief.actionItems;
    const { updateActionItem } = await h.manager.client.ok(UPDATE_ACTION_ITEM, { id: read.id, input: { text: '  Read DDIA chapters 5 and 6  ' } });
    expect(updateActionItem).toEqual({ id: read.id, text: 'Read DDIA chapters 5 and 6', dueOn: '2027-01-10', writtenByYou: true });
    expect((await h.manager.client.ok(UPDATE_ACTION_ITEM, { id: read.id, input: { dueOn: null } })).updateActionItem.dueOn).toBeNull();
    expect(codeOf(await h.manager.client.request(UPDATE_ACTION_ITEM, { id: read.id, input: { text: '   ' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.manager.client.request(UPDATE_ACTION_ITEM, { id: read.id, input: { text: null } }))).toBe('BAD_USER_INPUT');
    expect((await h.owner.client.ok(RECORD_ACTION_ITEMS, { id: createDebrief.id })).debrief.actionItems.map((i) => i.writtenByYou)).toEqual([false, false]);

    await h.manager.client.ok(DELETE_ACTION_ITEM, { id: mock.id });
    expect((await h.manager.client.ok(RECORD_ACTION_ITEMS, { id: createDebrief.id })).debrief.actionItems.map((i) => [i.text, i.writtenByYou])).toEqual([['Read DDIA chapters 5 and 6', true]]);
  });
});

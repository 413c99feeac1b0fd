import { Client } from 'pg';
import { SettableClock } from '../src/common/clock/clock';
import { NudgeEvents, type NudgeChange } from '../src/nudges/nudge-events';
import { NudgeSweepService } from '../src/nudges/nudge-sweep.service';
import { NUDGES_CHANNEL } from '../src/nudges/nudges.queries';
import { signUpOrganization, Member, TestOrganization, unique } from './builders';
import { codeOf, reasonOf } from './graphql-client';
import { HOLD_CONVERSATION } from './growth-operations';
import { IMPORT } from './operations';
import { inboxOf, organizationOf } from './nudges-support';
import { DISMISS_NUDGE, MY_NUDGES, OPEN_NUDGE_COUNT, SNOOZE_NUDGE } from './nudges-operations';
import { CREATE_ROLE, ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

/** The inbox as its owner uses it: snooze, dismiss, pages, the count; and what the sweep tells others. */
describe('the nudge inbox', () => {
  const clock = new SettableClock('2026-06-01T10:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock, config: { sessionDays: 800, sessionMaxDays: 800 } });
  });
  afterAll(() => app.close());
  beforeEach(() => clock.set('2026-06-01T10:00:00Z'));

  async function team(): Promise<{ org: TestOrganization; manager: Member; report: Member }> {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const report = await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: 'IC3' });
    return { org, manager, report };
  }

  async function share(member: Member, title: string): Promise<string> {
    const { createInterestingRole } = await member.client.ok(CREATE_ROLE, { input: { title } });
    await member.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    return createInterestingRole.id;
  }

  it('a snoozed nudge leaves the open list until its day, then comes back by itself', async () => {
    const t = await team();
    const [practice] = await inboxOf(t.manager.client, 'OPEN');
    const { snoozeNudge } = await t.manager.client.ok(SNOOZE_NUDGE, { id: practice.id, input: { duration: 'ONE_WEEK' } });
    expect(snoozeNudge).toMatchObject({ status: 'SNOOZED', snoozedUntil: '2026-06-08T10:00:00.000Z' });
    expect((await t.manager.client.ok(OPEN_NUDGE_COUNT)).openNudgeCount).toBe(0);
    expect((await inboxOf(t.manager.client, 'SNOOZED')).map((n) => n.id)).toEqual([practice.id]);
    clock.set('2026-06-08T10:00:00Z');
    expect((await inboxOf(t.manager.client, 'OPEN')).map((n) => [n.id, n.status, n.snoozedUntil])).toEqual([[practice.id, 'OPEN', null]]);
    expect((await t.manager.client.ok(SNOOZE_NUDGE, { id: practice.id, input: { until: '2026-06-20' } })).snoozeNudge.snoozedUntil).toBe('2026-06-20T00:00:00.000Z');
    expect((await t.manager.client.ok(SNOOZE_NUDGE, { id: practice.id, input: { duration: 'ONE_MONTH' } })).snoozeNudge.snoozedUntil).toBe('2026-07-08T10:00:00.000Z');
  });

  it.each([
    ['both a duration and a day', { duration: 'ONE_WEEK' as const, until: '2026-06-20' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ['neither', {}, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ['a day that does not exist', { until: '2026-02-30' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ['today', { until: '2026-06-01' }, 'BAD_USER_INPUT', 'INVALID_SNOOZE'],
    ['more than a year ahead', { until: '2027-06-03' }, 'BAD_USER_INPUT', 'INVALID_SNOOZE'],
  ])('a snooze with %s is refused, and changes nothing', async (_, input, code, reason) => {
    const t = await team();
    const [practice] = await inboxOf(t.manager.client, 'OPEN');
    const result = await t.manager.client.request(SNOOZE_NUDGE, { id: practice.id, input });
    expect([codeOf(result), reasonOf(result)]).toEqual([code, reason]);
    expect((await inboxOf(t.manager.client, 'OPEN')).map((n) => n.id)).toEqual([practice.id]);
  });

  it('a dismissed nudge stays dismissed when its reason goes; a resolved one cannot be snoozed or dismissed', async () => {
    const t = await team();
    const [practice] = await inboxOf(t.manager.client, 'OPEN');
    expect((await t.manager.client.ok(DISMISS_NUDGE, { id: practice.id })).dismissNudge.status).toBe('DISMISSED');
    expect((await t.manager.client.ok(OPEN_NUDGE_COUNT)).openNudgeCount).toBe(0);
    const roleId = await share(t.report, 'Staff Engineer at Globex');
    await t.manager.client.ok(HOLD_CONVERSATION, { input: { reportId: t.report.id, kind: 'INTERVIEW_PRACTICE', heldOn: '2026-06-01', notes: 'Practice talk held' } });
    await t.manager.client.ok(ROLE, { id: roleId });
    const all = await inboxOf(t.manager.client);
    expect(all.map((n) => [n.kind, n.status, n.resolvedAt !== null]).sort()).toEqual([
      ['PRACTICE_DUE_SOON', 'DISMISSED', true],
      ['ROLE_SHARED', 'RESOLVED', true],
    ]);
    for (const resolved of all) {
      for (const result of [await t.manager.client.request(DISMISS_NUDGE, { id: resolved.id }), await t.manager.client.request(SNOOZE_NUDGE, { id: resolved.id, input: { duration: 'ONE_WEEK' } })]) {
        expect([resolved.kind, codeOf(result), reasonOf(result)]).toEqual([resolved.kind, 'CONFLICT', 'NUDGE_RESOLVED']);
      }
    }
    const malformed = await t.manager.client.request(DISMISS_NUDGE, { id: 'not-a-nudge' });
    expect([codeOf(malformed), reasonOf(malformed)]).toEqual(['NOT_FOUND', 'NUDGE_NOT_FOUND']);
  });

  it('pages newest first with a cursor; a made-up cursor is refused', async () => {
    const t = await team();
    for (const [minute, title] of [[1, 'Engineer at A'], [2, 'Engineer at B'], [3, 'Engineer at C']] as const) {
      clock.set(`2026-06-01T10:0${minute}:00Z`);
      await share(t.report, title);
    }
    const first = (await t.manager.client.ok(MY_NUDGES, { status: 'OPEN', first: 2 })).myNudges;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(first.edges.map((e) => e.node.roleTitle)).toEqual(['Engineer at C', 'Engineer at B']);
    const rest = (await t.manager.client.ok(MY_NUDGES, { status: 'OPEN', first: 2, after: first.pageInfo.endCursor })).myNudges;
    expect(rest.edges.map((e) => e.node.roleTitle ?? e.node.kind)).toEqual(['Engineer at A', 'PRACTICE_DUE_SOON']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const bad = await t.manager.client.request(MY_NUDGES, { after: 'bm90IGEgY3Vyc29y' });
    expect([codeOf(bad), reasonOf(bad)]).toEqual(['BAD_USER_INPUT', 'INVALID_CURSOR']);
  });

  it('the inbox costs the same statements for 5 nudges as for 500', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      const org = await signUpOrganization(app);
      const d = unique('n');
      const rows = Array.from({ length: size }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,IC3,${org.admin.email}`);
      await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
      // Ten shared roles a report, each with its nudge (written straight to the tables: the request under test is the read).
      const organizationId = await organizationOf(app, org.admin.id);
      await app.db.query(
        `WITH roles AS (
           INSERT INTO interesting_roles (organization_id, owner_id, title, source, shared_at)
           SELECT p.organization_id, p.id, 'Staff Engineer ' || n, 'FOUND_IT', now() FROM people p CROSS JOIN generate_series(1, 10) n
            WHERE p.organization_id = $1 AND p.manager_id = $2 RETURNING id, owner_id, shared_at)
         INSERT INTO nudges (organization_id, kind, report_id, recipient_id, role_id, dedup_key, raised_at)
         SELECT $1, 'ROLE_SHARED', owner_id, $2, id, id || '@' || shared_at, now() FROM roles`,
        [organizationId, org.admin.id],
      );
      const expected = size === 5 ? 5 + 50 : 50 + 500;
      app.queries.reset();
      const { myNudges } = await org.admin.client.ok(MY_NUDGES, { first: 100 });
      expect(myNudges.totalCount).toBe(expected);
      expect(myNudges.edges.every((e) => e.node.report?.id && (e.node.kind !== 'ROLE_SHARED' || e.node.roleTitle))).toBe(true);
      counts.push(app.queries.count);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it('the sweep tells listeners after it commits, NOTIFYs every instance, and hands new nudges to its transaction', async () => {
    const t = await team();
    const organizationId = await organizationOf(app, t.report.id);
    const listener = new Client({ connectionString: (app.db.options as { url: string }).url });
    await listener.connect();
    const notified: { organizationId: string; recipientIds: string[] }[] = [];
    listener.on('notification', (message) => {
      if (message.channel === NUDGES_CHANNEL) notified.push(JSON.parse(message.payload!));
    });
    await listener.query(`LISTEN ${NUDGES_CHANNEL}`);
    const heard: NudgeChange[] = [];
    const stop = app.app.get(NudgeEvents).on((change) => heard.push(change));
    const inTransaction: { ids: string[]; visible: number }[] = [];
    let failNext = false;
    app.app.get(NudgeSweepService).onNudgesRaised(async (manager, raised) => {
      if (raised.organizationId !== organizationId) return;
      const [{ visible }] = await manager.query('SELECT count(*)::int AS visible FROM nudges WHERE id = ANY($1::uuid[])', [raised.nudges.map((n) => n.id)]);
      inTransaction.push({ ids: raised.nudges.map((n) => n.id), visible });
      if (failNext) throw new Error('the outbox could not be written');
    });
    try {
      const roleId = await share(t.report, 'Staff Engineer at Globex');
      const raised = (await inboxOf(t.manager.client, 'OPEN')).find((n) => n.kind === 'ROLE_SHARED')!;
      expect(inTransaction).toEqual([{ ids: [raised.id], visible: 1 }]);
      expect(heard).toEqual([{ organizationId, recipientIds: [t.manager.id], raisedIds: [raised.id], resolvedIds: [] }]);
      // Delivered on commit, over the listener's own connection: wait until it arrives.
      for (let tries = 0; notified.length === 0 && tries < 100; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(notified).toContainEqual({ organizationId, recipientIds: [t.manager.id] });

      // What the hook writes commits with the nudges or not at all: a failing hook undoes the share.
      failNext = true;
      const { createInterestingRole } = await t.report.client.ok(CREATE_ROLE, { input: { title: 'Principal Engineer at Hooli' } });
      expect(codeOf(await t.report.client.request(SHARE_ROLE, { id: createInterestingRole.id }))).toBe('INTERNAL_SERVER_ERROR');
      expect(await app.db.query('SELECT shared_at FROM interesting_roles WHERE id = $1', [createInterestingRole.id])).toEqual([{ shared_at: null }]);
      expect((await inboxOf(t.manager.client)).map((n) => n.roleTitle)).not.toContain('Principal Engineer at Hooli');
      expect(heard).toHaveLength(1);
      expect(roleId).toBeTruthy();
    } finally {
      failNext = false;
      stop();
      await listener.end();
    }
  });
});

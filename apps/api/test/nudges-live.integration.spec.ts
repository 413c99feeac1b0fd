import { signUpOrganization, type Member, type TestOrganization } from './builders';
import type { NudgesChangedSubscription } from './generated/graphql';
import type { GraphqlResponse } from './graphql-client';
import { subscribe, type LiveFeed } from './live-client';
import { DISMISS_NUDGE, NUDGES_CHANGED, SNOOZE_NUDGE } from './nudges-operations';
import { organizationOf } from './nudges-support';
import { LOG_OUT, UPDATE_PERSON } from './operations';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, type TestApp } from './test-app';

type Change = NudgesChangedSubscription['nudgesChanged'];
const changeOf = (result: GraphqlResponse<NudgesChangedSubscription>): Change => {
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data!.nudgesChanged;
};

/** The live inbox as a manager's open page sees it: raised, put away, moved, across instances. */
describe('nudgesChanged', () => {
  let app: TestApp;
  const feeds: LiveFeed<NudgesChangedSubscription>[] = [];
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await Promise.all(feeds.splice(0).map((feed) => feed.close()));
  });
  afterAll(() => app.close());

  async function team(): Promise<{ org: TestOrganization; manager: Member; report: Member }> {
    const org = await signUpOrganization(app);
    const manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const report = await org.addMember({ name: 'Priya Report', managerId: manager.id, levelKey: 'IC3' });
    return { org, manager, report };
  }

  function follow(member: Member, on: TestApp = app): LiveFeed<NudgesChangedSubscription> {
    const feed = subscribe(on.url, member.client, NUDGES_CHANGED);
    feeds.push(feed);
    return feed;
  }

  async function share(member: Member, title: string): Promise<{ roleId: string; nudgeId: string }> {
    const { createInterestingRole } = await member.client.ok(CREATE_ROLE, { input: { title } });
    await member.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
    const [{ id }]: { id: string }[] = await app.db.query(`SELECT id FROM nudges WHERE role_id = $1 AND kind = 'ROLE_SHARED'`, [createInterestingRole.id]);
    return { roleId: createInterestingRole.id, nudgeId: id };
  }

  const hasNew = (nudgeId: string) => (result: GraphqlResponse<NudgesChangedSubscription>) => changeOf(result).newlyOpen.some((n) => n.id === nudgeId);
  const hasGone = (nudgeId: string) => (result: GraphqlResponse<NudgesChangedSubscription>) => changeOf(result).noLongerOpenIds.includes(nudgeId);

  it('starts with the open count, then tells each new nudge and each one put away, with the count', async () => {
    const t = await team();
    const feed = follow(t.manager);
    const first = changeOf((await feed.next())!);
    expect(first).toEqual({ openCount: first.openCount, newlyOpen: [], noLongerOpenIds: [] });

    const shared = await share(t.report, 'Staff Engineer at Globex');
    const raised = changeOf(await feed.until(hasNew(shared.nudgeId)));
    expect(raised.openCount).toBe(first.openCount + 1);
    expect(raised.newlyOpen).toEqual([expect.objectContaining({ id: shared.nudgeId, kind: 'ROLE_SHARED', roleTitle: 'Staff Engineer at Globex', reportName: 'Priya Report' })]);

    await t.manager.client.ok(SNOOZE_NUDGE, { id: shared.nudgeId, input: { duration: 'ONE_WEEK' } });
    expect(changeOf(await feed.until(hasGone(shared.nudgeId)))).toMatchObject({ openCount: first.openCount, newlyOpen: [] });

    const second = await share(t.report, 'Staff Engineer at Hooli');
    await feed.until(hasNew(second.nudgeId));
    await t.manager.client.ok(DISMISS_NUDGE, { id: second.nudgeId });
    expect(changeOf(await feed.until(hasGone(second.nudgeId))).openCount).toBe(first.openCount);
  });

  it('when the report gets a new manager, the nudge leaves the former one’s page and reaches the new one’s', async () => {
    const t = await team();
    const other = await t.org.addMember({ name: 'Nadia New', levelKey: 'M1' });
    const shared = await share(t.report, 'Principal Engineer at Initech');
    const formerFeed = follow(t.manager);
    const newFeed = follow(other);
    await formerFeed.next();
    await newFeed.next();

    await t.org.admin.client.ok(UPDATE_PERSON, { id: t.report.id, input: { managerId: other.id } });
    expect(changeOf(await formerFeed.until(hasGone(shared.nudgeId))).newlyOpen).toEqual([]);
    const arrived = changeOf(await newFeed.until(hasNew(shared.nudgeId)));
    expect(arrived.newlyOpen.find((n) => n.id === shared.nudgeId)).toMatchObject({ status: 'OPEN', roleTitle: 'Principal Engineer at Initech' });
  });

  it('a change made through one instance reaches a page connected to another', async () => {
    const t = await team();
    const sibling = await app.sibling();
    try {
      const feed = follow(t.manager, sibling);
      await feed.next();
      const shared = await share(t.report, 'Staff Engineer at Umbrella');
      expect(changeOf(await feed.until(hasNew(shared.nudgeId))).newlyOpen).toHaveLength(1);
    } finally {
      await Promise.all(feeds.splice(0).map((feed) => feed.close()));
      await sibling.close();
    }
  });

  it('a session that ended ends the subscription at its next change', async () => {
    const t = await team();
    const feed = follow(t.manager);
    await feed.next();
    const cookie = t.manager.client.cookie;
    await t.manager.client.ok(LOG_OUT);
    expect(cookie).toBeDefined();
    await share(t.report, 'Staff Engineer at Soylent');
    const ended = await feed.next();
    expect(ended?.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
    expect(await feed.next()).toBeNull();
    expect(JSON.stringify(feed.received)).not.toContain('Soylent');
  });

  it('tells a change in the same statements for one new nudge as for five', async () => {
    const t = await team();
    const shared = [];
    for (const company of ['Acme', 'Globex', 'Initech', 'Hooli', 'Umbrella']) shared.push(await share(t.report, `Staff Engineer at ${company}`));
    const ids = shared.map((s) => s.nudgeId);
    const feed = follow(t.manager);
    await feed.next();
    const organizationId = await organizationOf(app, t.manager.id);

    /** Snoozes `reopen` out of sight, then opens them again behind the API's back and wakes the page: one change with them all. */
    async function statementsToTell(reopen: string[]): Promise<number> {
      for (const id of reopen) {
        await t.manager.client.ok(SNOOZE_NUDGE, { id, input: { duration: 'ONE_WEEK' } });
        await feed.until(hasGone(id));
      }
      await app.db.query(`UPDATE nudges SET status = 'OPEN', snoozed_until = NULL WHERE id = ANY($1::uuid[])`, [reopen]);
      app.queries.reset();
      await app.db.query(`SELECT pg_notify('onward_nudges', $1)`, [JSON.stringify({ organizationId, recipientIds: [t.manager.id] })]);
      const change = changeOf((await feed.next())!);
      expect(change.newlyOpen.map((n) => n.id).sort()).toEqual([...reopen].sort());
      expect(change.newlyOpen.every((n) => n.roleTitle?.startsWith('Staff Engineer at'))).toBe(true);
      return app.queries.count;
    }

    const forOne = await statementsToTell(ids.slice(0, 1));
    const forFive = await statementsToTell(ids);
    if (process.env.ONWARD_PRINT_COUNTS) console.log(`a change with 1 new nudge: ${forOne} statements; with 5: ${forFive}`);
    expect(forFive).toBe(forOne);
  });
});

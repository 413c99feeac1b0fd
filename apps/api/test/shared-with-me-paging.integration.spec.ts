import { SettableClock } from '../src/common/clock/clock';
import { signUpOrganization } from './builders';
import { graphql } from './generated';
import type { SharedWithMeWalkQuery } from './generated/graphql';
import { CREATE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

const SHARED_PAGE = graphql(`
  query SharedWithMeWalk($first: Int, $after: String) {
    sharedWithMe(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sharedAt
        }
      }
    }
  }
`);

/**
 * The inbox is read report by report; walking it page by page must still give every shared role of
 * the direct reports once, newest first, ties on the same instant broken by id as the cursor does.
 */
describe('paging through roles shared with a manager', () => {
  const clock = new SettableClock('2026-03-02T09:00:00Z');
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock });
  });
  afterAll(() => app.close());

  it('walks every page once, in order, without roles of other teams or unshared ones', async () => {
    const org = await signUpOrganization(app);
    const lead = await org.addMember({ name: 'Other Lead' });
    const reports = [];
    for (let i = 0; i < 4; i++) reports.push(await org.addMember({ name: `Report ${i}`, managerId: org.admin.id }));
    const elsewhere = await org.addMember({ name: 'Not mine', managerId: lead.id });
    const expected: string[] = [];
    for (const [i, who] of [...reports, elsewhere].entries()) {
      for (let k = 0; k < 3; k++) {
        // Every second share lands on the same instant as another, so ties are many.
        clock.set(new Date(Date.UTC(2026, 2, 2, 9, 0, (i * 3 + k) >> 1)));
        const { createInterestingRole } = await who.client.ok(CREATE_ROLE, { input: { title: `Role ${i}-${k}` } });
        if (k < 2 || i % 2 === 0) await who.client.ok(SHARE_ROLE, { id: createInterestingRole.id });
        if (who !== elsewhere && (k < 2 || i % 2 === 0)) expected.push(createInterestingRole.id);
      }
    }
    await org.admin.client.ok(CREATE_ROLE, { input: { title: 'My own' } });

    const whole = (await org.admin.client.ok(SHARED_PAGE, { first: 50 })).sharedWithMe;
    expect(whole.totalCount).toBe(expected.length);
    expect(whole.edges.map((e) => e.node.id).sort()).toEqual([...expected].sort());
    const order = (a: { id: string; sharedAt?: unknown }, b: { id: string; sharedAt?: unknown }) =>
      String(b.sharedAt).localeCompare(String(a.sharedAt)) || b.id.localeCompare(a.id);
    expect(whole.edges.map((e) => e.node)).toEqual([...whole.edges.map((e) => e.node)].sort(order));

    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const { sharedWithMe }: SharedWithMeWalkQuery = await org.admin.client.ok(SHARED_PAGE, { first: 3, after });
      expect(sharedWithMe.totalCount).toBe(expected.length);
      walked.push(...sharedWithMe.edges.map((e) => e.node.id));
      if (!sharedWithMe.pageInfo.hasNextPage) break;
      after = sharedWithMe.pageInfo.endCursor ?? null;
    }
    expect(walked).toEqual(whole.edges.map((e) => e.node.id));
  });
});

import { signUpOrganization, unique } from './builders';
import { IMPORT } from './operations';
import { MY_ACTION_ITEMS_WITH_AUTHOR } from './records-operations';
import { startTestApp, TestApp } from './test-app';

/** Whether each action item may be changed is read with the item: the list costs the same for 5 reports as for 50. */
describe('statements for the action items a manager may change', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function managerWithTeamOf(size: number) {
    const org = await signUpOrganization(app);
    const d = unique('t');
    const rows = Array.from({ length: size }, (_, i) => `r${i}-${d}@example.com,Report ${i},Engineer,IC2,${org.admin.email}`);
    await org.admin.client.ok(IMPORT, { input: { csv: ['email,name,title,level,manager email', ...rows].join('\n') } });
    // A debrief per report with two items: one the manager wrote, one the report wrote (straight to the tables: the read is under test).
    await app.db.query(
      `WITH d AS (
         INSERT INTO debriefs (organization_id, report_id, held_by_id, held_on, went_well)
         SELECT organization_id, id, manager_id, current_date - 3, 'Calm under pressure' FROM people WHERE manager_id = $1
         RETURNING id, organization_id, report_id, held_by_id
       )
       INSERT INTO action_items (organization_id, report_id, debrief_id, owner, text, created_by_id)
       SELECT organization_id, report_id, id, 'REPORT', 'Read DDIA', held_by_id FROM d
       UNION ALL SELECT organization_id, report_id, id, 'REPORT', 'Write up the round', report_id FROM d`,
      [org.admin.id],
    );
    return org;
  }

  it('myActionItems with writtenByYou costs the same for 5 reports as for 50', async () => {
    const counts: number[] = [];
    for (const size of [5, 50]) {
      const org = await managerWithTeamOf(size);
      app.queries.reset();
      const { myActionItems } = await org.admin.client.ok(MY_ACTION_ITEMS_WITH_AUTHOR);
      counts.push(app.queries.count);
      expect(myActionItems).toHaveLength(size * 2);
      expect(myActionItems.filter((i) => i.writtenByYou)).toHaveLength(size);
      expect(new Set(myActionItems.filter((i) => i.writtenByYou).map((i) => i.text))).toEqual(new Set(['Read DDIA']));
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});

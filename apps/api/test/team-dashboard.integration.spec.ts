import { SettableClock } from '../src/common/clock/clock';
import { Member, signUpOrganization, TestOrganization } from './builders';
import { TEAM_DASHBOARD } from './dashboards-operations';
import { DashboardRows, shown } from './dashboards-support';
import type { StretchFieldsFragment, TeamDashboardQuery } from './generated/graphql';
import { UPDATE_ORGANIZATION, UPDATE_PERSON } from './operations';
import { ADD_INTERVIEW, CREATE_ROLE, REVOKE_ROLE, SHARE_ROLE } from './roles-operations';
import { startTestApp, TestApp } from './test-app';

type Dashboard = TeamDashboardQuery['teamDashboard'];

const byStretch = (breakdown: StretchFieldsFragment) => Object.fromEntries(breakdown.parts.map((part) => [part.stretch, shown(part.count)]));
const quarter = (dashboard: Dashboard, key: string) => {
  const found = dashboard.quarters.find((q) => q.quarter === key);
  if (!found) throw new Error(`no quarter ${key}`);
  return found;
};

/**
 * The team dashboard's figures on a known team, on a set day, in a time zone behind UTC: each
 * figure as the rules say, only what was shared or recorded with the manager counting.
 */
describe('the team dashboard', () => {
  // 10:00 UTC on 25 November is 02:00 the same day in Los Angeles.
  const clock = new SettableClock('2026-11-25T10:00:00Z');
  let app: TestApp;
  let org: TestOrganization;
  let manager: Member;
  let former: Member;
  let avery: Member;
  let blake: Member;
  let casey: Member;
  let rows: DashboardRows;
  let revocable: string;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    org = await signUpOrganization(app);
    await org.admin.client.ok(UPDATE_ORGANIZATION, { input: { timeZone: 'America/Los_Angeles' } });
    manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    former = await org.addMember({ name: 'Frankie Former', levelKey: 'M1' });
    avery = await org.addMember({ name: 'Avery', managerId: manager.id, levelKey: 'IC2' });
    blake = await org.addMember({ name: 'Blake', managerId: manager.id, levelKey: 'IC3' });
    casey = await org.addMember({ name: 'Casey', managerId: former.id, levelKey: 'IC3' });
    const dana = await org.addMember({ name: 'Dana', managerId: former.id, levelKey: 'IC3' });
    rows = await DashboardRows.of(app, manager.id);
    await rows.joined(avery.id, '2024-01-01T00:00:00Z');
    await rows.joined(blake.id, '2024-01-01T00:00:00Z');
    await rows.joined(casey.id, '2026-10-01T00:00:00Z');

    // Avery: practised in October 2024 (a conversation) and December 2025 (a debrief).
    await rows.conversation(avery.id, manager.id, 'INTERVIEW_PRACTICE', '2024-10-15');
    await rows.debrief(avery.id, manager.id, '2025-12-01');
    // A step up shared in August, interviewed twice, debriefed 4 days after the latest interview.
    const stepUp = await rows.role({ ownerId: avery.id, levelKey: 'IC4', sharedAt: '2026-08-10T12:00:00Z', interviews: ['2026-08-20', '2026-09-01'] });
    await rows.debrief(avery.id, manager.id, '2026-09-05', { role_id: stepUp });
    // A same-level role shared in October, interviewed on 10 November, not debriefed yet: pending, and a satisfaction talk is due.
    await rows.role({ ownerId: avery.id, levelKey: 'IC2', sharedAt: '2026-10-05T12:00:00Z', interviews: ['2026-11-10'] });
    // A role shared with an interview and a debrief in June, revoked below: its debrief stays the manager's, its interview goes.
    revocable = await rows.role({ ownerId: avery.id, levelKey: 'IC3', sharedAt: '2026-05-20T12:00:00Z', interviews: ['2026-06-01'] });
    await rows.debrief(avery.id, manager.id, '2026-06-10', { role_id: revocable });

    // Blake: never practised; a satisfaction talk in July; two open action items (one overdue) and a done one.
    const talk = await rows.conversation(blake.id, manager.id, 'SATISFACTION', '2026-07-01');
    await rows.actionItem(blake.id, { conversationId: talk }, manager.id, '2026-11-01');
    await rows.actionItem(blake.id, { conversationId: talk }, manager.id, '2026-12-15');
    await rows.actionItem(blake.id, { conversationId: talk }, manager.id, '2026-10-01', true);
    // A role with no level, early in 2025: interviewed on 20 March, debriefed ten days later.
    const unrated = await rows.role({ ownerId: blake.id, levelKey: null, sharedAt: '2025-03-15T12:00:00Z', interviews: ['2025-03-20'] });
    await rows.debrief(blake.id, manager.id, '2025-03-30', { role_id: unrated });
    // Shared at 03:00 UTC on 1 October: still 30 September in Los Angeles, so the third quarter.
    await rows.role({ ownerId: blake.id, levelKey: 'IC1', sharedAt: '2026-10-01T03:00:00Z' });

    // Casey joined in October from Frankie's team: Frankie's debrief with them is not Morgan's to count.
    const earlier = await rows.debrief(casey.id, former.id, '2026-10-20');
    await rows.actionItem(casey.id, { debriefId: earlier }, former.id, '2026-10-25');
    await rows.role({ ownerId: casey.id, levelKey: 'IC4', sharedAt: '2026-10-10T12:00:00Z', interviews: ['2026-10-12'] });
    // Dana stays on Frankie's team: nothing of theirs reaches Morgan's dashboard.
    await rows.debrief(dana.id, former.id, '2026-11-01');
    await rows.role({ ownerId: dana.id, levelKey: 'IC4', sharedAt: '2026-11-02T12:00:00Z', interviews: ['2026-11-03'] });
    await org.admin.client.ok(UPDATE_PERSON, { id: casey.id, input: { managerId: manager.id } });
  });
  afterAll(() => app.close());

  const dashboard = async () => (await manager.client.ok(TEAM_DASHBOARD)).teamDashboard;

  it('reads today and the quarters in the organization’s time zone: eight, oldest first', async () => {
    const d = await dashboard();
    expect(d.asOf).toBe('2026-11-25');
    expect(d.timeZone).toBe('America/Los_Angeles');
    expect(d.quarters.map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(d.quarters.map((q) => q.current)).toEqual([false, false, false, false, false, false, false, true]);
    expect(quarter(d, '2026-Q4').activity).toMatchObject({ startsOn: '2026-10-01', endsOn: '2026-11-25' });
    expect(quarter(d, '2025-Q2').activity).toMatchObject({ startsOn: '2025-04-01', endsOn: '2025-06-30' });
    expect(d.lastTwelveMonths).toMatchObject({ startsOn: '2025-11-26', endsOn: '2026-11-25' });
  });

  it('coverage now and at each quarter’s end: the team of today, each report counted from the quarter they joined in', async () => {
    const d = await dashboard();
    const coverage = (c: Dashboard['coverage']) => [c.asOf, shown(c.team), shown(c.covered), shown(c.share)];
    expect(coverage(d.coverage)).toEqual(['2026-11-25', 3, 1, 1 / 3]);
    // Debriefs count as practice too: Blake's of 30 March 2025 covered them for a year.
    expect(d.quarters.map((q) => coverage(q.coverage))).toEqual([
      ['2025-03-31', 2, 2, 1], // Avery's October 2024 conversation, Blake's debrief of the day before
      ['2025-06-30', 2, 2, 1],
      ['2025-09-30', 2, 2, 1],
      ['2025-12-31', 2, 2, 1], // Avery's lapsed on 15 October, renewed by the December debrief
      ['2026-03-31', 2, 1, 0.5], // Blake's lapsed on 30 March
      ['2026-06-30', 2, 1, 0.5],
      ['2026-09-30', 2, 1, 0.5],
      ['2026-11-25', 3, 1, 1 / 3], // Casey joined in October; Frankie's debrief with them is not Morgan's
    ]);
  });

  it('the activity of each quarter and of the last twelve months', async () => {
    const d = await dashboard();
    const q3 = quarter(d, '2026-Q3').activity;
    expect(byStretch(q3.rolesShared)).toEqual({ STEP_UP: 1, SAME_LEVEL: 0, STEP_DOWN: 1, UNRATED: 0 });
    expect(shown(q3.rolesShared.total)).toBe(2);
    expect([shown(q3.interviews), shown(q3.debriefsHeld), shown(q3.medianDaysToDebrief), shown(q3.satisfactionConversations)]).toEqual([2, 1, 4, 1]);

    const q4 = quarter(d, '2026-Q4').activity;
    // Casey's role shared in October counts: Casey reports to Morgan now and shares it with them.
    expect(byStretch(q4.rolesShared)).toEqual({ STEP_UP: 1, SAME_LEVEL: 1, STEP_DOWN: 0, UNRATED: 0 });
    // Frankie's debrief with Casey is not counted; nothing was debriefed after an interview.
    expect([shown(q4.interviews), shown(q4.debriefsHeld), shown(q4.medianDaysToDebrief)]).toEqual([2, 0, null]);

    const q2 = quarter(d, '2026-Q2').activity;
    expect([shown(q2.interviews), shown(q2.debriefsHeld), shown(q2.medianDaysToDebrief)]).toEqual([1, 1, 9]);

    const q1 = quarter(d, '2025-Q1').activity;
    expect(byStretch(q1.rolesShared)).toEqual({ STEP_UP: 0, SAME_LEVEL: 0, STEP_DOWN: 0, UNRATED: 1 });
    expect([shown(q1.interviews), shown(q1.debriefsHeld), shown(q1.medianDaysToDebrief)]).toEqual([1, 1, 10]);
    expect(shown(quarter(d, '2025-Q4').activity.debriefsHeld)).toBe(1);

    const year = d.lastTwelveMonths;
    expect(byStretch(year.rolesShared)).toEqual({ STEP_UP: 3, SAME_LEVEL: 1, STEP_DOWN: 1, UNRATED: 0 });
    expect([shown(year.interviews), shown(year.debriefsHeld), shown(year.medianDaysToDebrief), shown(year.satisfactionConversations)]).toEqual([5, 3, 6.5, 1]);
  });

  it('what is open now: pending debriefs, satisfaction talks, action items, per report and in all', async () => {
    const d = await dashboard();
    // Avery's same-level role (interviewed on 10 November) and Casey's step up (12 October) wait for a debrief.
    expect([shown(d.debriefsPending), shown(d.satisfactionTalksSuggested), shown(d.openActionItems), shown(d.overdueActionItems)]).toEqual([2, 1, 2, 1]);
    expect(d.reports.map((r) => [r.person.name, r.rolesShared, r.debriefsPending, r.satisfactionTalksSuggested, r.openActionItems, r.overdueActionItems])).toEqual([
      ['Avery', 3, 1, 1, 0, 0],
      ['Blake', 2, 0, 0, 2, 1],
      ['Casey', 1, 1, 0, 0, 0],
    ]);
    // The next due day per report is the practice cadence as the manager sees it.
    expect(d.reports.map((r) => [r.person.name, r.practice.dueOn, r.practice.covered])).toEqual([
      ['Avery', '2027-09-05', true], // the September debrief
      ['Blake', expect.any(String), false],
      ['Casey', expect.any(String), false],
    ]);
  });

  it('a private role never counts, not even as a number; a revoked one stops counting, its debrief stays', async () => {
    const before = await dashboard();
    // Avery keeps private roles of every stretch with interviews, through the API as they would.
    for (const title of ['Staff Engineer', 'Engineer', 'Junior Engineer', 'Engineering Manager']) {
      const { createInterestingRole } = await avery.client.ok(CREATE_ROLE, { input: { title, company: 'Initech', source: 'FOUND_IT' } });
      for (const heldOn of ['2026-09-10', '2026-11-20']) await avery.client.ok(ADD_INTERVIEW, { roleId: createInterestingRole.id, input: { heldOn, kind: 'TECHNICAL' } });
    }
    // A role shared and revoked again before the manager looked.
    const { createInterestingRole: flash } = await blake.client.ok(CREATE_ROLE, { input: { title: 'Senior Engineer', source: 'FOUND_IT' } });
    await blake.client.ok(ADD_INTERVIEW, { roleId: flash.id, input: { heldOn: '2026-11-01', kind: 'PANEL' } });
    await blake.client.ok(SHARE_ROLE, { id: flash.id });
    await blake.client.ok(REVOKE_ROLE, { id: flash.id });
    expect(await dashboard()).toEqual(before);

    // Revoking the June role: its share and interview leave every figure, its debrief (the manager's record) stays.
    await avery.client.ok(REVOKE_ROLE, { id: revocable });
    const after = await dashboard();
    const q2 = quarter(after, '2026-Q2').activity;
    expect([shown(q2.rolesShared.total), shown(q2.interviews), shown(q2.debriefsHeld), shown(q2.medianDaysToDebrief)]).toEqual([0, 0, 1, null]);
    expect(after.reports.find((r) => r.person.name === 'Avery')?.rolesShared).toBe(2);
    expect(shown(after.lastTwelveMonths.debriefsHeld)).toBe(3);
  });

  it('reads nothing that changes: a second request answers the same', async () => {
    expect(await dashboard()).toEqual(await dashboard());
  });
});

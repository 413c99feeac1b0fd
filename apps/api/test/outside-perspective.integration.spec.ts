import { SettableClock } from '../src/common/clock/clock';
import { Member, signUpOrganization } from './builders';
import { OUTSIDE_PERSPECTIVE } from './dashboards-operations';
import { DashboardRows, shown } from './dashboards-support';
import type { OutsidePerspectiveQuery } from './generated/graphql';
import { startTestApp, TestApp } from './test-app';

type Perspective = OutsidePerspectiveQuery['outsidePerspective'];

const figures = <T extends { debriefs: Parameters<typeof shown>[0] }>(rows: T[], key: (row: T) => unknown) => rows.map((row) => [key(row), shown(row.debriefs)]);

/**
 * The outside perspective over a manager's six reports (all IC3), with the default threshold of 5:
 * Globex is debriefed about by five people and named; Initech and Hooli are "other companies";
 * five debriefs about Umbrella, a role nobody shares any more, name nothing.
 */
describe('the outside perspective', () => {
  const clock = new SettableClock('2026-11-25T10:00:00Z');
  let app: TestApp;
  let manager: Member;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    const org = await signUpOrganization(app);
    manager = await org.addMember({ name: 'Morgan Manager', levelKey: 'M1' });
    const former = await org.addMember({ name: 'Frankie Former', levelKey: 'M1' });
    const reports: Member[] = [];
    for (let i = 1; i <= 6; i++) reports.push(await org.addMember({ name: `Report ${i}`, managerId: manager.id, levelKey: 'IC3' }));
    const dana = await org.addMember({ name: 'Dana', managerId: former.id, levelKey: 'IC3' });
    const [r1, r2, r3, r4, r5, r6] = reports.map((r) => r.id);
    const rows = await DashboardRows.of(app, manager.id);
    const shared = '2026-01-01T12:00:00Z';
    const role = (ownerId: string, company: string, sharedAt: string | null = shared) => rows.role({ ownerId, levelKey: 'IC4', sharedAt, company });
    const level = (key: string) => app.db.query(`SELECT id FROM levels WHERE organization_id = $1 AND key = $2`, [rows.organizationId, key]).then((r: { id: string }[]) => r[0].id);
    const [ic2, ic3, ic4] = [await level('IC2'), await level('IC3'), await level('IC4')];
    const full = '{RECRUITER_SCREEN,TECHNICAL,SYSTEM_DESIGN,FINAL}';
    const debrief = (reportId: string, heldOn: string, more: Record<string, unknown> = {}) => rows.debrief(reportId, manager.id, heldOn, more);

    await debrief(r1, '2026-10-01', { role_id: await role(r1, 'Globex'), stages: full, themes: '{Distributed systems,ownership}', rating_started_on_time: 5, rating_role_clearly_explained: 4, assessed_level_id: ic4 });
    await debrief(r2, '2026-09-01', { role_id: await role(r2, ' globex '), stages: full, themes: '{distributed systems}', rating_started_on_time: 3, assessed_level_id: ic3 });
    await debrief(r3, '2026-08-01', { role_id: await role(r3, 'GLOBEX'), stages: '{RECRUITER_SCREEN,TECHNICAL}', stage_count: 5, themes: '{" Ownership ",Distributed systems}', assessed_level_id: ic2 });
    await debrief(r4, '2026-07-01', { role_id: await role(r4, 'Globex'), stage_count: 3, themes: '{ownership}' });
    await debrief(r5, '2025-01-10', { role_id: await role(r5, 'Globex'), stages: '{TAKE_HOME}', assessed_level_id: ic4 });
    await debrief(r5, '2026-06-01', { role_id: await role(r5, 'Initech'), stages: full });
    await debrief(r6, '2026-05-01', { role_id: await role(r6, 'Initech') });
    await debrief(r6, '2026-04-01', { role_id: await role(r6, 'Hooli') });
    await debrief(r1, '2026-03-01');
    for (const reportId of [r2, r3, r4, r5, r6]) await debrief(reportId, '2026-02-01', { role_id: await role(reportId, 'Umbrella', null) });
    // Not the manager's to count: a former manager's debrief with a report (not shared with Morgan), and another team's.
    await rows.debrief(r6, former.id, '2026-10-15', { role_id: await role(r6, 'Globex'), stages: '{PANEL}' });
    await rows.debrief(dana.id, former.id, '2026-10-15', { role_id: await role(dana.id, 'Globex'), stages: '{PANEL}' });
  });
  afterAll(() => app.close());

  const perspective = async (months?: number): Promise<Perspective> => (await manager.client.ok(OUTSIDE_PERSPECTIVE, { months })).outsidePerspective;

  it('counts every debrief the manager may see with their reports, and no one else’s', async () => {
    const p = await perspective();
    expect([p.since, shown(p.debriefs), shown(p.people)]).toEqual([null, 14, 6]);
  });

  it('the stages and processes most seen, and how many stages processes have', async () => {
    const p = await perspective();
    expect(figures(p.stageKinds, (row) => row.kind)).toEqual([
      ['RECRUITER_SCREEN', 4],
      ['TECHNICAL', 4],
      ['FINAL', 3],
      ['SYSTEM_DESIGN', 3],
      ['TAKE_HOME', 1],
    ]);
    expect(figures(p.processes, (row) => row.stages.join(' '))).toEqual([
      ['RECRUITER_SCREEN TECHNICAL SYSTEM_DESIGN FINAL', 3],
      ['RECRUITER_SCREEN TECHNICAL', 1],
      ['TAKE_HOME', 1],
    ]);
    // The number recorded wins over the stages listed (5 for two listed); otherwise the stages listed count.
    expect(figures(p.stageCounts, (row) => row.stages)).toEqual([
      [1, 1],
      [3, 1],
      [4, 3],
      [5, 1],
    ]);
  });

  it('themes compared without case or spaces, in their most common spelling; average ratings; level readings', async () => {
    const p = await perspective();
    expect(figures(p.themes, (row) => row.theme)).toEqual([
      ['Distributed systems', 3],
      ['ownership', 3],
    ]);
    expect(p.candidateExperience.map((r) => [r.aspect, shown(r.average), shown(r.ratings)])).toEqual([
      ['STARTED_ON_TIME', 4, 2],
      ['ROLE_CLEARLY_EXPLAINED', 4, 1],
      ['INTERVIEWERS_PREPARED', null, 0],
      ['TREATED_WITH_RESPECT', null, 0],
      ['CHALLENGING', null, 0],
    ]);
    expect(p.levelReadings.parts.map((part) => [part.stretch, shown(part.count)])).toEqual([
      ['STEP_UP', 2],
      ['SAME_LEVEL', 1],
      ['STEP_DOWN', 1],
      ['UNRATED', 10],
    ]);
    expect(shown(p.levelReadings.total)).toBe(14);
  });

  it('names a company only when k different people debriefed about it; a role no longer shared names nothing', async () => {
    const { companies } = await perspective();
    expect(companies.threshold).toBe(5);
    expect(companies.named.map((c) => [c.name, shown(c.debriefs), shown(c.people)])).toEqual([['Globex', 5, 5]]);
    expect([shown(companies.others.debriefs), shown(companies.others.people)]).toEqual([3, 2]);
    // One debrief about no role, five about Umbrella (private again): counted, never named.
    expect(shown(companies.unknown)).toBe(6);
    expect(JSON.stringify(companies)).not.toMatch(/Umbrella|Initech|Hooli/);
  });

  it('the last months only: Globex falls under the threshold and joins the other companies', async () => {
    const p = await perspective(12);
    expect([p.since, shown(p.debriefs), shown(p.people)]).toEqual(['2025-11-26', 13, 6]);
    expect(p.companies.named).toEqual([]);
    expect([shown(p.companies.others.debriefs), shown(p.companies.others.people)]).toEqual([7, 6]);
    expect(JSON.stringify(p.companies)).not.toContain('Globex');
  });

  it('refuses a period out of range', async () => {
    for (const months of [0, 121]) {
      const result = await manager.client.request(OUTSIDE_PERSPECTIVE, { months });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

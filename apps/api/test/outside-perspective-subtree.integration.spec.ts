import { findDisclosures, type SumRelation, type SuppressedCount, type TableCell } from '@onward/domain';
import { SettableClock } from '../src/common/clock/clock';
import { Member, signUpOrganization, TestOrganization } from './builders';
import { OUTSIDE_PERSPECTIVE } from './dashboards-operations';
import { DashboardRows } from './dashboards-support';
import type { OutsidePerspectiveQuery } from './generated/graphql';
import { startTestApp, TestApp } from './test-app';

type Perspective = OutsidePerspectiveQuery['outsidePerspective'];
type Figure = Perspective['debriefs'];
const HIDDEN = { threshold: 5 };
const asCount = (figure: Figure): SuppressedCount => ('value' in figure ? { kind: 'VALUE', value: figure.value } : { kind: 'SUPPRESSED', threshold: figure.threshold });

/**
 * A leader over two managers (M1: a1–a6, M2: b1–b3), all IC3, threshold 5, one debrief per line
 * unless said: Globex by a1 a2 a3 b1 b2 (read a level up, themes "ownership", stages TECHNICAL then
 * FINAL, started on time 4 of 5); Initech by a4 b3; Umbrella by a5 a6; Hooli seven times by a1
 * alone (a take-home, "visa sponsorship", challenging 5 of 5); no company for a2 and a3. Outside
 * the leader's subtree, c1 (under M3, who has no manager) debriefed about Globex.
 */
describe('the outside perspective over a subtree, under the anonymity threshold', () => {
  const clock = new SettableClock('2026-11-25T10:00:00Z');
  let app: TestApp;
  let org: TestOrganization;
  let leader: Member;
  let m1: Member;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    org = await signUpOrganization(app);
    leader = await org.addMember({ name: 'Lee Leader', levelKey: 'M3' });
    m1 = await org.addMember({ name: 'Manager One', managerId: leader.id, levelKey: 'M1' });
    const m2 = await org.addMember({ name: 'Manager Two', managerId: leader.id, levelKey: 'M1' });
    const m3 = await org.addMember({ name: 'Manager Three', levelKey: 'M1' });
    const team = async (manager: Member, names: string[]) => {
      const members: Member[] = [];
      for (const name of names) members.push(await org.addMember({ name, managerId: manager.id, levelKey: 'IC3' }));
      return members;
    };
    const [a1, a2, a3, a4, a5, a6] = await team(m1, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    const [b1, b2, b3] = await team(m2, ['b1', 'b2', 'b3']);
    const [c1] = await team(m3, ['c1']);
    const rows = await DashboardRows.of(app, leader.id);
    const [{ id: ic4 }]: { id: string }[] = await app.db.query(`SELECT id FROM levels WHERE organization_id = $1 AND key = 'IC4'`, [rows.organizationId]);
    const debrief = async (who: Member, manager: Member, company: string | null, more: Record<string, unknown> = {}) => {
      const role = company === null ? {} : { role_id: await rows.role({ ownerId: who.id, levelKey: 'IC4', sharedAt: '2026-01-01T12:00:00Z', company }) };
      await rows.debrief(who.id, manager.id, '2026-10-01', { ...role, ...more });
    };
    const globex = { stages: '{TECHNICAL,FINAL}', themes: '{ownership}', rating_started_on_time: 4, assessed_level_id: ic4 };
    for (const who of [a1, a2, a3]) await debrief(who, m1, 'Globex', globex);
    for (const who of [b1, b2]) await debrief(who, m2, 'Globex', globex);
    await debrief(a4, m1, 'Initech');
    await debrief(b3, m2, 'Initech');
    await debrief(a5, m1, 'Umbrella');
    await debrief(a6, m1, 'Umbrella');
    for (let i = 0; i < 7; i++) await debrief(a1, m1, 'Hooli', { stages: '{TAKE_HOME}', themes: '{visa sponsorship}', rating_challenging: 5 });
    await debrief(a2, m1, null);
    await debrief(a3, m1, null);
    await debrief(c1, m3, 'Globex', globex);
  }, 60_000);
  afterAll(() => app.close());

  const subtree = async (member: Member): Promise<Perspective> => (await member.client.ok(OUTSIDE_PERSPECTIVE, { scope: 'SUBTREE' })).outsidePerspective;

  it('takes no period over a subtree: two periods could be subtracted to leave a few debriefs', async () => {
    for (const months of [1, 12, 120]) {
      const result = await leader.client.request(OUTSIDE_PERSPECTIVE, { scope: 'SUBTREE', months });
      expect(result.data).toBeNull();
      expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['BAD_USER_INPUT', 'NO_PERIOD_OVER_SUBTREE']]);
    }
    // The team view keeps its periods.
    expect((await m1.client.ok(OUTSIDE_PERSPECTIVE, { scope: 'TEAM', months: 12 })).outsidePerspective.scope).toBe('TEAM');
  });

  it('names a company only when five people debriefed about it; the rest are other companies, never named', async () => {
    const p = await subtree(leader);
    expect([p.scope, p.scopes, p.debriefs, p.people]).toEqual(['SUBTREE', ['TEAM', 'SUBTREE'], { value: 18 }, { value: 9 }]);
    expect(p.companies.named.map((c) => [c.name, c.people])).toEqual([['Globex', { value: 5 }]]);
    expect(p.companies.others).toEqual({ debriefs: { value: 11 }, people: { value: 5 } });
    expect(JSON.stringify(p)).not.toMatch(/Initech|Umbrella|Hooli/);
  });

  it('hides every count over fewer than five people, and whatever would give one back', async () => {
    const p = await subtree(leader);
    // Two people's debriefs about no company are hidden, so Globex's debriefs are too: 18 − 11 − 5 would give them.
    expect([p.companies.named[0].debriefs, p.companies.unknown]).toEqual([HIDDEN, HIDDEN]);
    // Seven ratings by one person are one person's: hidden, and their average with them; nobody's ratings are hidden as well.
    expect(p.candidateExperience.map((r) => [r.aspect, r.average, r.ratings])).toEqual([
      ['STARTED_ON_TIME', { value: 4 }, { value: 5 }],
      ['ROLE_CLEARLY_EXPLAINED', HIDDEN, HIDDEN],
      ['INTERVIEWERS_PREPARED', HIDDEN, HIDDEN],
      ['TREATED_WITH_RESPECT', HIDDEN, HIDDEN],
      ['CHALLENGING', HIDDEN, HIDDEN],
    ]);
    // No reading a level down or the same: hidden, and the five a level up with them, or 18 − 13 would say none was.
    expect([p.levelReadings.total, ...p.levelReadings.parts.map((part) => [part.stretch, part.count])]).toEqual([
      { value: 18 },
      ['STEP_UP', HIDDEN],
      ['SAME_LEVEL', HIDDEN],
      ['STEP_DOWN', HIDDEN],
      ['UNRATED', { value: 13 }],
    ]);

    // The independent check of libs/domain, on the true figures known by construction.
    const cell = (id: string, value: number, people: number): TableCell => ({ id, value, people });
    const cells = [
      cell('total', 18, 9), cell('globex', 5, 5), cell('others', 11, 5), cell('unknown', 2, 2),
      cell('readings', 18, 9), cell('STEP_UP', 5, 5), cell('SAME_LEVEL', 0, 0), cell('STEP_DOWN', 0, 0), cell('UNRATED', 13, 7),
    ];
    const relations: SumRelation[] = [
      { total: 'total', parts: ['globex', 'others', 'unknown'] },
      { total: 'readings', parts: ['total'] },
      { total: 'readings', parts: ['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED'] },
    ];
    const shown = new Map<string, SuppressedCount>([
      ['total', asCount(p.debriefs)], ['globex', asCount(p.companies.named[0].debriefs)], ['others', asCount(p.companies.others.debriefs)],
      ['unknown', asCount(p.companies.unknown)], ['readings', asCount(p.levelReadings.total)],
      ...p.levelReadings.parts.map((part) => [part.stretch, asCount(part.count)] as [string, SuppressedCount]),
    ]);
    expect(findDisclosures({ cells, relations }, shown, 5)).toEqual([]);
  });

  it('lists a theme, a process, a kind or number of stages only when five people’s debriefs are behind it', async () => {
    const p = await subtree(leader);
    expect(p.themes.map((t) => [t.theme, t.debriefs])).toEqual([['ownership', { value: 5 }]]);
    expect(p.stageKinds.map((s) => [s.kind, s.debriefs])).toEqual([['FINAL', { value: 5 }], ['TECHNICAL', { value: 5 }]]);
    expect(p.processes.map((s) => [s.stages, s.debriefs])).toEqual([[['TECHNICAL', 'FINAL'], { value: 5 }]]);
    expect(p.stageCounts.map((s) => [s.stages, s.debriefs])).toEqual([[2, { value: 5 }]]);
    expect(JSON.stringify(p)).not.toMatch(/visa|TAKE_HOME/);
  });

  it('an admin’s subtree is the whole organization, a team without a leader’s included', async () => {
    const p = await subtree(org.admin);
    expect([p.scopes, p.debriefs, p.people, p.companies.named.map((c) => [c.name, c.debriefs, c.people])]).toEqual([
      ['SUBTREE'],
      { value: 19 },
      { value: 10 },
      [['Globex', HIDDEN, { value: 6 }]],
    ]);
  });

  it('a leader who manages a team knows its figures: what is left below it is protected too', async () => {
    // M1 leads a1–a6 and, through a1, one person more who debriefed twice about Globex and once about no company.
    const rows = await DashboardRows.of(app, m1.id);
    const [a1] = (await app.db.query(`SELECT id FROM people WHERE manager_id = $1 AND name = 'a1'`, [m1.id])) as { id: string }[];
    const below = await org.addMember({ name: 'Below a1', managerId: a1.id, levelKey: 'IC3' });
    const role = await rows.role({ ownerId: below.id, levelKey: 'IC4', sharedAt: '2026-01-01T12:00:00Z', company: 'Globex' });
    await rows.debrief(below.id, a1.id, '2026-10-02', { role_id: role });
    await rows.debrief(below.id, a1.id, '2026-10-03', { role_id: role });
    await rows.debrief(below.id, a1.id, '2026-10-04');
    try {
      const team = (await m1.client.ok(OUTSIDE_PERSPECTIVE, {})).outsidePerspective;
      const p = await subtree(m1);
      expect([team.scopes, p.scopes]).toEqual([['TEAM', 'SUBTREE'], ['TEAM', 'SUBTREE']]);
      // 18 and 7 people would say what one person below a1 did (3 debriefs), beside the team's 15 and 6.
      expect([team.debriefs, team.people]).toEqual([{ value: 15 }, { value: 6 }]);
      expect([p.debriefs, p.people]).toEqual([HIDDEN, HIDDEN]);
      expect(p.levelReadings.total).toEqual(HIDDEN);
    } finally {
      await app.db.query('DELETE FROM debriefs WHERE report_id = $1', [below.id]);
      await app.db.query(`UPDATE people SET status = 'DEACTIVATED', manager_id = NULL WHERE id = $1`, [below.id]);
    }
  });

  it('a manager’s own team still shows every figure as it is, however few people it is about', async () => {
    const { outsidePerspective: p } = await m1.client.ok(OUTSIDE_PERSPECTIVE, {});
    expect([p.scope, p.scopes, p.debriefs, p.people, p.companies.unknown]).toEqual(['TEAM', ['TEAM'], { value: 15 }, { value: 6 }, { value: 2 }]);
    expect(p.themes.map((t) => t.theme)).toContain('visa sponsorship');
    expect(p.candidateExperience.find((r) => r.aspect === 'CHALLENGING')).toEqual({ aspect: 'CHALLENGING', average: { value: 5 }, ratings: { value: 7 } });
    // The only threshold in it is the one companies are named by.
    expect(JSON.stringify(p).match(/"threshold"/g)).toHaveLength(1);
  });
});

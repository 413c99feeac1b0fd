import { findDisclosures, type SumRelation, type SuppressedCount, type TableCell } from '@onward/domain';
import { Member, signUpOrganization, TestOrganization, unique } from './builders';
import { DashboardRows } from './dashboards-support';
import type { OrgDashboardQuery } from './generated/graphql';
import { ORG_DASHBOARD } from './org-dashboard-operations';
import { startTestApp, TestApp } from './test-app';

type Answer = OrgDashboardQuery['orgDashboard'];
type Figures = Answer['total'];

/**
 * Small teams under a leader, seeded row by row so the test knows every true figure by construction;
 * the API's answer is then checked with libs/domain's independent verifier: nothing shown under k,
 * and no hidden figure follows from the shown ones (and the ones the leader knows) through the sums.
 */
interface TeamPlan {
  size: number;
  /** How many of the team had a debrief today, of whom `open` have an open action item, `overdue` of them past due. */
  debriefed: number;
  open: number;
  overdue: number;
  /** How many had a satisfaction talk on the first day of last quarter (the first of the team). */
  satisfied: number;
  /** How many had an interview-practice conversation today (the first of the team; a debrief covers too). */
  practised: number;
  /** How many (the first of the team) shared an unrated role on the first day of last quarter, interviewed that day, never debriefed. */
  pending: number;
  /** How many (the last of the team, none of them `satisfied`) shared a same-level role that day. */
  suggested: number;
}

const PLANS: Record<string, TeamPlan> = {
  own: { size: 6, debriefed: 3, open: 0, overdue: 0, satisfied: 1, practised: 4, pending: 1, suggested: 2 },
  A: { size: 2, debriefed: 1, open: 1, overdue: 0, satisfied: 2, practised: 0, pending: 1, suggested: 0 },
  B: { size: 5, debriefed: 3, open: 2, overdue: 1, satisfied: 0, practised: 5, pending: 2, suggested: 2 },
  C: { size: 7, debriefed: 5, open: 5, overdue: 3, satisfied: 6, practised: 6, pending: 5, suggested: 1 },
  D: { size: 8, debriefed: 2, open: 2, overdue: 1, satisfied: 8, practised: 7, pending: 6, suggested: 0 },
  E: { size: 11, debriefed: 9, open: 6, overdue: 5, satisfied: 3, practised: 2, pending: 5, suggested: 6 },
  G: { size: 5, debriefed: 4, open: 1, overdue: 1, satisfied: 4, practised: 0, pending: 3, suggested: 1 },
};

/** Covered today: by a debrief or a practice conversation, both held with the first of the team. */
const coveredOf = (plan: TeamPlan) => Math.max(plan.debriefed, plan.practised);

describe('the org dashboard hides what it must, end to end', () => {
  let app: TestApp;
  let org: TestOrganization;
  let leader: Member;
  let rows: DashboardRows;
  /** Team key → manager id. */
  const managerOf = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp();
    org = await signUpOrganization(app);
    leader = await org.addMember({ name: 'Lee Leader', levelKey: 'M3' });
    rows = await DashboardRows.of(app, leader.id);
    managerOf.set('own', leader.id);
    // The leader's team: managers A–E and one engineer; G's manager is on C's team.
    const [a, b, c, d, e] = await people(leader.id, ['A', 'B', 'C', 'D', 'E'].map((key) => `Manager ${key}`));
    await people(leader.id, ['Engineer of the leader']);
    Object.entries({ A: a, B: b, C: c, D: d, E: e }).forEach(([key, id]) => managerOf.set(key, id));
    const [g] = await people(c, ['Manager G']);
    managerOf.set('G', g);
  }, 60_000);
  afterAll(() => app.close());

  async function people(managerId: string, names: string[]): Promise<string[]> {
    const tag = unique('o');
    const inserted: { id: string }[] = await app.db.query(
      `INSERT INTO people (organization_id, email, name, title, manager_id, status)
       SELECT $1, 'p' || n || '-${tag}@example.com', names[n], 'Engineer', $2, 'ACTIVE'
         FROM (SELECT $3::text[] AS names) x CROSS JOIN generate_series(1, cardinality($3::text[])) n
       RETURNING id`,
      [rows.organizationId, managerId, names],
    );
    return inserted.map((row) => row.id);
  }

  async function seed(today: string, lastQuarterStart: string): Promise<void> {
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const [key, plan] of Object.entries(PLANS)) {
      const managerId = managerOf.get(key)!;
      const existing: { id: string }[] = await app.db.query('SELECT id FROM people WHERE manager_id = $1 ORDER BY name, id', [managerId]);
      const members = [...existing.map((row) => row.id), ...(await people(managerId, Array.from({ length: plan.size - existing.length }, (_, i) => `Report ${key}${i}`)))];
      for (let i = 0; i < plan.debriefed; i++) {
        const debriefId = await rows.debrief(members[i], managerId, today);
        if (i < plan.open) await rows.actionItem(members[i], { debriefId }, managerId, i < plan.overdue ? yesterday : null);
      }
      for (let i = 0; i < plan.satisfied; i++) await rows.conversation(members[i], managerId, 'SATISFACTION', lastQuarterStart);
      for (let i = 0; i < plan.practised; i++) await rows.conversation(members[i], managerId, 'INTERVIEW_PRACTICE', today);
      const sharedAt = `${lastQuarterStart}T12:00:00Z`;
      for (let i = 0; i < plan.pending; i++) await rows.role({ ownerId: members[i], levelKey: null, sharedAt, interviews: [lastQuarterStart] });
      for (const member of members.slice(plan.size - plan.suggested)) {
        await app.db.query(`UPDATE people SET level_id = (SELECT id FROM levels WHERE organization_id = $1 AND key = 'IC2') WHERE id = $2`, [rows.organizationId, member]);
        await rows.role({ ownerId: member, levelKey: 'IC2', sharedAt });
      }
    }
  }

  /** The true table, from the plans alone; the leader's own team is known to them. */
  function truth(answer: Answer, ownKnown: boolean): { cells: TableCell[]; relations: SumRelation[]; shown: Map<string, SuppressedCount> } {
    const cells: TableCell[] = [];
    const relations: SumRelation[] = [];
    const shown = new Map<string, SuppressedCount>();
    const figure = (f: { value: number } | { threshold: number }): SuppressedCount =>
      'value' in f ? { kind: 'VALUE', value: f.value } : { kind: 'SUPPRESSED', threshold: f.threshold };
    const keyOf = new Map([...managerOf].map(([key, id]) => [id, key]));
    type Measure = { id: string; of(figures: Figures): { value: number } | { threshold: number }; truth(plan: TeamPlan): number };
    const lastQuarter = (i: number, value: (p: TeamPlan) => number) => (p: TeamPlan) => (i === 6 ? value(p) : 0);
    const measures: Measure[] = [
      { id: 'people', of: (f) => f.people, truth: (p) => p.size },
      { id: 'covered', of: (f) => f.peopleCovered, truth: coveredOf },
      { id: 'pending', of: (f) => f.peopleWithDebriefsPending, truth: (p) => p.pending },
      { id: 'suggested', of: (f) => f.peopleWithSatisfactionTalksSuggested, truth: (p) => p.suggested },
      { id: 'open', of: (f) => f.peopleWithOpenActionItems, truth: (p) => p.open },
      { id: 'overdue', of: (f) => f.peopleWithOverdueActionItems, truth: (p) => p.overdue },
      ...answer.total.quarters.flatMap((q, i) => [
        { id: `covered@${q.quarter}`, of: (f: Figures) => f.quarters[i].peopleCovered, truth: (p: TeamPlan) => (q.current ? coveredOf(p) : 0) },
        { id: `shared@${q.quarter}`, of: (f: Figures) => f.quarters[i].peopleSharingRoles, truth: lastQuarter(i, (p) => p.pending + p.suggested) },
        ...(['stepUp', 'sameLevel', 'stepDown', 'unrated'] as const).map((tag) => ({
          id: `shared-${tag}@${q.quarter}`,
          of: (f: Figures) => f.quarters[i].peopleSharingRolesByStretch[tag],
          truth: lastQuarter(i, (p) => (tag === 'sameLevel' ? p.suggested : tag === 'unrated' ? p.pending : 0)),
        })),
        { id: `interviewed@${q.quarter}`, of: (f: Figures) => f.quarters[i].peopleInterviewed, truth: lastQuarter(i, (p) => p.pending) },
        { id: `debriefed@${q.quarter}`, of: (f: Figures) => f.quarters[i].peopleDebriefed, truth: (p: TeamPlan) => (q.current ? p.debriefed : 0) },
        { id: `satisfied@${q.quarter}`, of: (f: Figures) => f.quarters[i].peopleInSatisfactionTalks, truth: (p: TeamPlan) => (i === 6 ? p.satisfied : 0) },
      ]),
    ];
    for (const measure of measures) {
      let sum = 0;
      for (const team of answer.teams) {
        const key = keyOf.get(team.managerId)!;
        const value = measure.truth(PLANS[key]);
        sum += value;
        const id = `${key}:${measure.id}`;
        cells.push({ id, value, visibility: ownKnown && key === 'own' ? 'KNOWN' : 'DISPLAYED' });
        shown.set(id, figure(measure.of(team.figures)));
      }
      cells.push({ id: `total:${measure.id}`, value: sum });
      shown.set(`total:${measure.id}`, figure(measure.of(answer.total)));
      relations.push({ total: `total:${measure.id}`, parts: answer.teams.map((team) => `${keyOf.get(team.managerId)}:${measure.id}`) });
    }
    // Never shown, but anyone can subtract: everyone of a group is covered or not, today and at each quarter's end.
    const rowKeys = [...answer.teams.map((team) => keyOf.get(team.managerId)!), 'total'];
    for (const at of ['', ...answer.total.quarters.map((q) => `@${q.quarter}`)]) {
      const current = at === '' || at === `@${answer.total.quarters[7].quarter}`;
      for (const row of rowKeys) {
        const plans = row === 'total' ? rowKeys.slice(0, -1).map((key) => PLANS[key]) : [PLANS[row]];
        const value = plans.reduce((sum, plan) => sum + plan.size - (current ? coveredOf(plan) : 0), 0);
        cells.push({ id: `${row}:uncovered${at}`, value, visibility: ownKnown && row === 'own' ? 'KNOWN' : 'INTERNAL' });
        relations.push({ total: `${row}:people`, parts: [`${row}:covered${at}`, `${row}:uncovered${at}`] });
      }
    }
    return { cells, relations, shown };
  }

  it('shows nothing under k and nothing a hidden cell can be worked out from, for the leader and for an admin', async () => {
    const { orgDashboard: before } = await leader.client.ok(ORG_DASHBOARD);
    await seed(before.asOf, before.total.quarters[6].startsOn);
    for (const [viewer, ownKnown] of [[leader, true], [org.admin, false]] as const) {
      const { orgDashboard: answer } = await viewer.client.ok(ORG_DASHBOARD);
      expect(answer.threshold).toBe(5);
      expect(answer.teams.map((team) => team.managerId).sort()).toEqual([...managerOf.values()].sort());
      expect(answer.teams.find((team) => team.managerId === managerOf.get('G'))!.parentManagerId).toBe(managerOf.get('C'));
      const { cells, relations, shown } = truth(answer, ownKnown);
      // Coverage is protected through its complement: 6 of C's 7 covered would say the seventh is not.
      expect(shown.get('C:covered')).toEqual({ kind: 'SUPPRESSED', threshold: 5 });
      expect([shown.get('total:covered'), shown.get('total:pending'), shown.get('total:suggested')]).toEqual([36, 23, 12].map((value) => ({ kind: 'VALUE', value })));
      expect(findDisclosures({ cells, relations }, shown, answer.threshold)).toEqual([]);
      const figures = [...shown.values()];
      expect(figures.filter((f) => f.kind === 'VALUE').every((f) => f.kind === 'VALUE' && f.value >= 5)).toBe(true);
      // Not trivially safe: some figures are shown, and some are hidden although they are over k (team B protects team A of 2).
      expect(figures.some((f) => f.kind === 'VALUE')).toBe(true);
      expect(cells.some((cell) => cell.value >= 5 && shown.get(cell.id)?.kind === 'SUPPRESSED')).toBe(true);
      // No person: no report's id anywhere in the answer.
      const text = JSON.stringify(answer);
      const reports: { id: string }[] = await app.db.query(`SELECT id FROM people WHERE organization_id = $1 AND name LIKE 'Report %'`, [rows.organizationId]);
      for (const report of reports) expect(text).not.toContain(report.id);
    }
  });
});

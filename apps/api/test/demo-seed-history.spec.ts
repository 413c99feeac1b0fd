// The generated part of the demo, without a database: the same for the same day, made only of rows
// the tables accept, and spread over the dashboards' eight quarters whatever day the demo starts on.
import { agendaAnswerProblems, type ConversationKind, DEFAULT_LADDER, inferLevelFromTitle, lastQuarters, stretchTag } from '@onward/domain';
import { demoHistory, type DemoHistory, type Row } from '../src/seed/demo-history';
import { DEMO_LEADS, DEMO_SEED, DEMO_TEAMS, demoOrgChart, LEADS_DRIVE } from '../src/seed/demo-org-chart';
import type { DemoPerson } from '../src/seed/demo-organization';
import { DemoRandom } from '../src/seed/demo-random';
import { InterviewKind } from '../src/roles/role-enums';

const DAY = 86_400_000;
const LEVELS = DEFAULT_LADDER.map((level) => ({ ...level, id: `level-${level.key}` }));
const levelKey = (id: unknown) => (typeof id === 'string' ? id.replace('level-', '') : null);
const rank = (key: string | null) => LEVELS.find((l) => l.key === key)?.rank ?? null;
// Titles repeat; inferring each once keeps the many-days test quick.
const inferred = new Map<string, { levelId: string | null; levelConfidence: 'HIGH' | 'LOW' | null }>();
function inferLevel(title: string) {
  if (!inferred.has(title)) {
    const level = inferLevelFromTitle(title, DEFAULT_LADDER);
    inferred.set(title, { levelId: level ? `level-${level.levelKey}` : null, levelConfidence: level?.confidence ?? null });
  }
  return inferred.get(title)!;
}

function generate(now: number): { people: DemoPerson[]; history: DemoHistory } {
  const random = new DemoRandom(DEMO_SEED);
  const people = demoOrgChart(random);
  const drives = new Map(DEMO_TEAMS.map((team) => [team.managerKey, team.drive]));
  let next = 0;
  const history = demoHistory({
    organizationId: 'org',
    people: people.map((p) => ({ id: p.key, managerId: p.managerKey!, levelKey: p.levelKey, joinedDaysAgo: p.joinedDaysAgo, drive: drives.get(p.managerKey!) ?? LEADS_DRIVE })),
    levels: LEVELS,
    inferLevel,
    now,
    random,
    newId: () => `id-${next++}`,
  });
  return { people, history };
}

const day = (value: unknown) => String(value).slice(0, 10);
const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('the generated demo history', () => {
  it('is the same for the same day, and never asks Math.random', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random in the demo seed');
    });
    try {
      expect(generate(NOW)).toEqual(generate(NOW));
    } finally {
      random.mockRestore();
    }
  });

  it('is an org chart of 51 more people: a leader under Dana, five managers and teams of different sizes, one of three', () => {
    const { people } = generate(NOW);
    expect(people).toHaveLength(51);
    expect(new Set(people.map((p) => p.key)).size).toBe(51);
    expect(people.find((p) => p.key === 'nora')).toMatchObject({ managerKey: 'dana', levelKey: 'M3' });
    const sizes = DEMO_TEAMS.map((team) => people.filter((p) => p.managerKey === team.managerKey).length);
    expect(sizes).toEqual(DEMO_TEAMS.map((team) => team.size));
    expect(sizes).toContain(3);
    expect(DEMO_LEADS.filter((p) => p.managerKey === 'nora').length).toBeGreaterThanOrEqual(2);
    // The admin's first page of people (20, by name) still opens on the hand-written demo.
    expect(people.every((p) => p.name.toLowerCase() > 'leo martins')).toBe(true);
  });

  it('writes only rows the tables accept, dated no later than today and no earlier than the person joined', () => {
    const { people, history } = generate(NOW);
    const today = day(new Date(NOW).toISOString());
    const joined = new Map(people.map((p) => [p.key, day(new Date(NOW - p.joinedDaysAgo * DAY).toISOString())]));
    const roles = new Map(history.roles.map((r) => [r.id as string, r]));
    const interviewDays = (roleId: unknown) => history.interviews.filter((i) => i.role_id === roleId).map((i) => i.held_on as string);
    const dated = (rows: Row[], person: string, ...columns: string[]) =>
      rows.flatMap((row) => columns.filter((c) => row[c] !== null).map((c) => ({ person: row[person] as string, on: day(row[c]) })));
    const ownerOf = (roleId: unknown) => roles.get(roleId as string)!.owner_id as string;
    for (const { person, on } of [
      ...dated(history.roles, 'owner_id', 'created_at', 'shared_at'),
      ...dated(history.debriefs, 'report_id', 'held_on'),
      ...dated(history.conversations, 'report_id', 'held_on'),
      ...dated(history.actionItems, 'report_id', 'created_at', 'done_at'),
      ...history.interviews.map((i) => ({ person: ownerOf(i.role_id), on: i.held_on as string })),
    ]) {
      expect(on <= today && on >= joined.get(person)!).toBe(true);
    }
    for (const interview of history.interviews) expect(Object.values(InterviewKind)).toContain(interview.kind);
    for (const debrief of history.debriefs) {
      for (const column of Object.keys(debrief).filter((c) => c.startsWith('rating_'))) expect([null, 1, 2, 3, 4, 5]).toContain(debrief[column]);
      expect(debrief.stage_count === null || (Number(debrief.stage_count) >= 1 && Number(debrief.stage_count) <= 30)).toBe(true);
      for (const stage of debrief.stages as string[]) expect(Object.values(InterviewKind)).toContain(stage);
      for (const theme of debrief.themes as string[]) expect(theme.length).toBeLessThanOrEqual(40);
      if (debrief.role_id === null) continue;
      // A manager debriefs about a role the report shares, after its last interview.
      const role = roles.get(debrief.role_id as string)!;
      expect(role.owner_id).toBe(debrief.report_id);
      expect(role.shared_at).not.toBeNull();
      expect(interviewDays(role.id).every((d) => d < (debrief.held_on as string))).toBe(true);
    }
    for (const conversation of history.conversations) {
      expect(agendaAnswerProblems(conversation.kind as ConversationKind, conversation.answers as never)).toEqual([]);
      if (conversation.role_id !== null) expect(conversation.kind).toBe('SATISFACTION');
    }
    for (const item of history.actionItems) {
      expect((item.debrief_id === null) !== (item.conversation_id === null)).toBe(true);
      expect(['REPORT', 'MANAGER']).toContain(item.owner);
    }
  });

  it('has shared roles of every stretch tag and a track change, and private roles, some interviewed', () => {
    const { people, history } = generate(NOW);
    const own = new Map(people.map((p) => [p.key, p.levelKey]));
    const shared = history.roles.filter((r) => r.shared_at !== null);
    const tags = new Set(shared.map((r) => stretchTag(rank(levelKey(r.level_id)), rank(own.get(r.owner_id as string) ?? null))));
    expect(tags).toEqual(new Set(['STEP_UP', 'SAME_LEVEL', 'STEP_DOWN', 'UNRATED']));
    const track = (key: string | null) => LEVELS.find((l) => l.key === key)?.track;
    expect(shared.some((r) => own.get(r.owner_id as string) && track(levelKey(r.level_id)) !== track(own.get(r.owner_id as string)!))).toBe(true);
    const interviewed = new Set(history.interviews.map((i) => i.role_id));
    expect(history.roles.some((r) => r.shared_at === null && interviewed.has(r.id))).toBe(true);
  });

  // Dates move with the clock, so the draws do too: the shape must hold on any day the demo starts.
  it('fills the eight quarters and names a company for the large teams, whatever the day', () => {
    for (let offset = 0; offset < 730; offset += 9) {
      const now = NOW + offset * DAY;
      const { people, history } = generate(now);
      const today = day(new Date(now).toISOString());
      const quarters = lastQuarters(today);
      const quarterIndex = (on: string) => quarters.findIndex((q) => on >= q.startsOn && on <= q.endsOn);
      const quartersOf = (days: string[]) => new Set(days.map(quarterIndex).filter((i) => i >= 0));
      const everyPastQuarter = new Set([0, 1, 2, 3, 4, 5, 6]);
      const shared = history.roles.filter((r) => r.shared_at !== null);
      const sharedIds = new Set(shared.map((r) => r.id));
      const label = `starting on ${today}`;
      expect({ label, shares: quartersOf(shared.map((r) => day(r.shared_at))) }).toEqual({ label, shares: new Set([...everyPastQuarter, 7]) });
      for (const days of [
        history.interviews.filter((i) => sharedIds.has(i.role_id)).map((i) => i.held_on as string),
        history.debriefs.map((d) => d.held_on as string),
        history.conversations.filter((c) => c.kind === 'INTERVIEW_PRACTICE').map((c) => c.held_on as string),
      ]) {
        expect({ label, quarters: [...everyPastQuarter].every((q) => quartersOf(days).has(q)) }).toEqual({ label, quarters: true });
      }
      const company = new Map(shared.map((r) => [r.id, r.company as string]));
      for (const managerKey of ['rhea', 'tomas']) {
        const team = new Set(people.filter((p) => p.managerKey === managerKey).map((p) => p.key));
        const debriefers = new Map<string, Set<string>>();
        for (const d of history.debriefs.filter((d) => team.has(d.report_id as string) && company.has(d.role_id))) {
          const name = company.get(d.role_id)!;
          debriefers.set(name, (debriefers.get(name) ?? new Set()).add(d.report_id as string));
        }
        const most = Math.max(...[...debriefers.values()].map((s) => s.size));
        expect({ label, managerKey, most: most >= 5 }).toEqual({ label, managerKey, most: true });
      }
    }
  });
});

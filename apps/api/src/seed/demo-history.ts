import { type AgendaAnswer, type ConversationKind, daysBetween, lastQuarters } from '@onward/domain';
import { ActionItemOwner } from '../action-items/action-item.entity';
import { LevelSource, RoleOutcome } from '../roles/role-enums';
import {
  ACTION_ITEMS, AGENDA_ANSWERS, COMMON_THEMES, COULD_BE_BETTER, DEBRIEF_OUTCOMES, DEMO_COMPANIES, type DemoCompany, MY_WHY, ROLE_DISCIPLINES,
  ROLE_SOURCES, ROLE_TITLES, SHARE_MESSAGES, THIRD_PARTY_FEEDBACK, WENT_WELL, WHAT_WOULD_IT_TAKE,
} from './demo-history-text';
import type { DemoRandom } from './demo-random';

const DAY = 86_400_000;
/** Added to the weight of the company of a report's team drive for their other roles. */
const DRIVE_WEIGHT = 15;

/** A generated report, with whoever manages them now: every record of the history is held by that manager. */
export interface HistoryPerson {
  id: string;
  managerId: string;
  levelKey: string | null;
  joinedDaysAgo: number;
  /** Their team's recruiting drive: a company that courted most of the team around that many days ago. */
  drive: { company: string; daysAgo: number } | null;
}

export interface HistoryLevel {
  id: string;
  key: string;
  track: 'IC' | 'MANAGER';
  rank: number;
}

export interface DemoHistoryInput {
  organizationId: string;
  people: readonly HistoryPerson[];
  levels: readonly HistoryLevel[];
  /** The role's level from its title, as a report's own role gets it. */
  inferLevel(title: string): { levelId: string | null; levelConfidence: 'HIGH' | 'LOW' | null };
  now: number;
  random: DemoRandom;
  newId(): string;
}

/** Rows by table, their keys the tables' columns. */
export type Row = Record<string, string | number | boolean | null | string[] | AgendaAnswer[]>;

export interface DemoHistory {
  roles: Row[];
  interviews: Row[];
  views: Row[];
  debriefs: Row[];
  conversations: Row[];
  actionItems: Row[];
}

type PracticeStanding = 'COVERED' | 'DUE_SOON' | 'OVERDUE';

interface RoleShape {
  createdDaysAgo: number;
  shared: boolean;
  company: DemoCompany;
  interviewChance: number;
}

/**
 * Eight quarters of history for generated reports, the same for the same seed, dated back from
 * `now`: roles shared at every stretch (and private ones, some with interviews that must count
 * nowhere), interviews along each company's process, debriefs after most of them (the rest
 * pending), a practice conversation about once a year (late for some), satisfaction talks after
 * some same-level shares, and action items done, open and overdue.
 */
export function demoHistory(input: DemoHistoryInput): DemoHistory {
  const { random, now, organizationId, newId } = input;
  const today = isoDay(now, 0);
  const quarters = lastQuarters(today);
  const spanDays = daysBetween(quarters[0].startsOn, today);
  const quarterSoFar = daysBetween(quarters[quarters.length - 1].startsOn, today);
  const levelById = new Map(input.levels.map((level) => [level.id, level]));
  const levelByKey = new Map(input.levels.map((level) => [level.key, level]));
  const out: DemoHistory = { roles: [], interviews: [], views: [], debriefs: [], conversations: [], actionItems: [] };

  for (const [index, person] of input.people.entries()) {
    const level = person.levelKey ? (levelByKey.get(person.levelKey) ?? null) : null;
    const record = { organization_id: organizationId, report_id: person.id, held_by_id: person.managerId };
    const items = (parent: { debrief_id: string | null; conversation_id: string | null }, heldDaysAgo: number, count: number) => {
      for (let i = 0; i < count; i++) {
        out.actionItems.push({ organization_id: organizationId, report_id: person.id, ...parent, created_by_id: person.managerId, ...actionItem(random, now, heldDaysAgo) });
      }
    };
    const conversation = (kind: ConversationKind, daysAgo: number, roleId: string | null, itemChance: number) => {
      const id = newId();
      const answers = random.sample(AGENDA_ANSWERS[kind], random.int(1, AGENDA_ANSWERS[kind].length));
      out.conversations.push({ ...record, id, kind, role_id: roleId, held_on: isoDay(now, daysAgo), answers, created_at: stamp(now, daysAgo) });
      items({ debrief_id: null, conversation_id: id }, daysAgo, random.chance(itemChance) ? 1 : 0);
    };

    const debrief = (roleId: string | null, company: DemoCompany, heldDaysAgo: number, outcome: RoleOutcome) => {
      const id = newId();
      const [startedOnTime, roleClearlyExplained, interviewersPrepared, treatedWithRespect, challenging] = company.ratings.map((base) =>
        random.chance(0.1) ? null : Math.min(5, Math.max(1, base + random.int(-1, 1))),
      );
      const reading = assessedLevel(random, input.levels, level);
      const themes = [...random.sample(company.themes, random.int(1, 2)), ...random.sample(COMMON_THEMES, random.int(0, 1))].map((theme) =>
        random.chance(0.1) ? theme[0].toUpperCase() + theme.slice(1) : theme,
      );
      out.debriefs.push({
        ...record, id, role_id: roleId, held_on: isoDay(now, heldDaysAgo), went_well: random.pick(WENT_WELL), could_be_better: random.pick(COULD_BE_BETTER),
        third_party_feedback: random.pick(THIRD_PARTY_FEEDBACK), assessed_level_id: reading?.id ?? null,
        assessed_level_label: reading ? company.levelWords[Math.min(reading.rank, company.levelWords.length) - 1] : null, outcome,
        stages: company.process, stage_count: random.chance(0.1) ? null : company.process.length, themes,
        rating_started_on_time: startedOnTime, rating_role_clearly_explained: roleClearlyExplained, rating_interviewers_prepared: interviewersPrepared,
        rating_treated_with_respect: treatedWithRespect, rating_challenging: challenging, created_at: stamp(now, heldDaysAgo),
      });
      items({ debrief_id: id, conversation_id: null }, heldDaysAgo, random.weighted([[0, 15], [1, 50], [2, 35]]));
    };

    // Where the report stands on the yearly cadence decides how long ago they last practised; a
    // late report's debriefs are all older than that, or they would count as practice.
    const standing = random.weighted<PracticeStanding>([['COVERED', 60], ['DUE_SOON', 12], ['OVERDUE', 28]]);
    let lastPractice = standing === 'COVERED' ? random.int(10, 320) : standing === 'DUE_SOON' ? random.int(338, 358) : random.int(375, 560);
    if (standing === 'COVERED' && lastPractice >= person.joinedDaysAgo) lastPractice = Math.max(0, person.joinedDaysAgo - random.int(1, 10));
    const debriefFloor = standing === 'COVERED' ? 0 : lastPractice;
    // Practice before the oldest quarter still decides its coverage, so the series reaches a cadence further back.
    for (let day = lastPractice; day < person.joinedDaysAgo && day <= spanDays + 365; day += 365 + random.int(-25, 25)) {
      conversation('INTERVIEW_PRACTICE', day, null, 0.5);
    }
    const earliest = Math.max(0, Math.min(person.joinedDaysAgo - 1, spanDays));
    if (random.chance(0.35)) conversation('CAREER', random.int(0, earliest), null, 0.3);

    const role = ({ createdDaysAgo, shared, company, interviewChance }: RoleShape) => {
      const id = newId();
      const sharedDaysAgo = shared ? Math.max(0, createdDaysAgo - random.int(0, 6)) : null;
      const target = roleLevel(random, input.levels, level);
      const title = random.pick(ROLE_TITLES[target.key]).replace('{d}', random.pick(ROLE_DISCIPLINES));
      const inferred = input.inferLevel(title);
      const roleRank = inferred.levelId ? (levelById.get(inferred.levelId)?.rank ?? null) : null;

      // Interviews follow the company's process, a stage every few days, up to today; on private
      // roles too, where they must count nowhere.
      const interviewDays: number[] = [];
      if (random.chance(interviewChance)) {
        let day = (sharedDaysAgo ?? createdDaysAgo) - random.int(3, 12);
        for (const kind of company.process.slice(0, random.int(1, company.process.length))) {
          if (day < 0) break;
          out.interviews.push({ organization_id: organizationId, role_id: id, held_on: isoDay(now, day), kind, created_at: stamp(now, day) });
          interviewDays.push(day);
          day -= random.int(4, 12);
        }
      }
      let outcome: RoleOutcome = interviewDays.length > 0 ? RoleOutcome.INTERVIEWING : random.pick([RoleOutcome.CONSIDERING, RoleOutcome.APPLIED]);
      const lastInterview = interviewDays.at(-1);
      if (shared && lastInterview !== undefined && random.chance(0.85)) {
        const heldDaysAgo = lastInterview - random.int(1, 21);
        // Otherwise the debrief is still pending: the interview is over and no debrief followed.
        if (heldDaysAgo >= debriefFloor) {
          outcome = random.weighted(DEBRIEF_OUTCOMES);
          debrief(id, company, heldDaysAgo, outcome);
        }
      }
      const whatWouldItTake = random.pick(WHAT_WOULD_IT_TAKE);
      out.roles.push({
        id, organization_id: organizationId, owner_id: person.id, title, company: company.name, location: company.location, remote: company.remote ?? false,
        source: random.weighted(ROLE_SOURCES), my_why: random.pick(MY_WHY), what_would_it_take: whatWouldItTake,
        what_would_it_take_shared: whatWouldItTake !== null && random.chance(0.3), told_not_looking: random.chance(shared ? 0.7 : 0.3),
        job_description_received: random.chance(0.6), outcome, shared_at: sharedDaysAgo === null ? null : stamp(now, sharedDaysAgo),
        share_message: shared ? random.pick(SHARE_MESSAGES) : null, level_source: LevelSource.INFERRED, level_id: inferred.levelId,
        level_confidence: inferred.levelConfidence, created_at: stamp(now, createdDaysAgo),
      });
      if (sharedDaysAgo !== null && sharedDaysAgo >= 2 && random.chance(0.9)) {
        const viewedDaysAgo = sharedDaysAgo - random.int(0, 2);
        out.views.push({ organization_id: organizationId, role_id: id, viewer_id: person.managerId, viewed_at: stamp(now, viewedDaysAgo) });
      }
      if (sharedDaysAgo !== null && level !== null && roleRank === level.rank && random.chance(0.55)) {
        const talkDaysAgo = sharedDaysAgo - random.int(2, 20);
        if (talkDaysAgo >= 0) conversation('SATISFACTION', talkDaysAgo, id, 0.3);
      }
    };

    const roleCount = random.weighted([[1, 15], [2, 30], [3, 30], [4, 18], [5, 7]]);
    for (let n = 0; n < roleCount; n++) {
      const shared = random.chance(0.72);
      role({ createdDaysAgo: random.int(0, earliest), shared, company: pickCompany(random, person.drive?.company), interviewChance: shared ? 0.7 : 0.25 });
    }
    // The team's recruiting drive: most of the team heard from one company around the same time,
    // interviewed and debriefed, so it is named on the outside perspective (k distinct people).
    const drive = person.drive;
    if (drive && random.chance(0.85)) {
      const day = drive.daysAgo + random.int(-45, 45);
      if (day < person.joinedDaysAgo) role({ createdDaysAgo: Math.max(0, day), shared: true, company: companyNamed(drive.company), interviewChance: 1 });
    }
    // Every few people shared a role this quarter, however young the quarter is.
    if (index % 6 === 0) role({ createdDaysAgo: random.int(0, Math.min(quarterSoFar, 10, earliest)), shared: true, company: pickCompany(random, drive?.company), interviewChance: 0.5 });
    // Now and then a debrief about an interview the report kept no role for: it has no company.
    if (random.chance(0.2) && earliest > debriefFloor) debrief(null, random.pick(DEMO_COMPANIES), random.int(debriefFloor, earliest), random.weighted(DEBRIEF_OUTCOMES));
  }
  return out;
}

function pickCompany(random: DemoRandom, driveCompany: string | undefined): DemoCompany {
  return random.weighted(DEMO_COMPANIES.map((c) => [c, c.weight + (c.name === driveCompany ? DRIVE_WEIGHT : 0)] as const));
}

function companyNamed(name: string): DemoCompany {
  const company = DEMO_COMPANIES.find((c) => c.name === name);
  if (!company) throw new Error(`no demo company named ${name}`);
  return company;
}

/** The level of a role a report looks at: mostly a step up, often the same level, sometimes a step down or the other track. */
function roleLevel(random: DemoRandom, levels: readonly HistoryLevel[], own: HistoryLevel | null): HistoryLevel {
  if (own === null) return levelAt(levels, 'IC', random.int(2, 4));
  const move = random.weighted([['UP', 45], ['SAME', 30], ['DOWN', 15], ['TRACK', 10]] as const);
  const other = own.track === 'IC' ? 'MANAGER' : 'IC';
  if (move === 'UP') return levelAt(levels, own.track, own.rank + (random.chance(0.7) ? 1 : 2));
  if (move === 'SAME') return levelAt(levels, own.track, own.rank);
  if (move === 'DOWN') return levelAt(levels, own.track, own.rank - 1);
  return levelAt(levels, other, own.rank + random.int(0, 1));
}

/** What another company read the report as: at their level mostly, above or below it otherwise, now and then not said. */
function assessedLevel(random: DemoRandom, levels: readonly HistoryLevel[], own: HistoryLevel | null): HistoryLevel | null {
  if (own === null || random.chance(0.1)) return null;
  const offset = random.weighted([[1, 30], [0, 50], [-1, 20]]);
  return levelAt(levels, own.track, own.rank + offset);
}

/** The level of the track nearest to the rank: a step the track lacks (a manager's rank 3) is taken from the other track. */
function levelAt(levels: readonly HistoryLevel[], track: HistoryLevel['track'], rank: number): HistoryLevel {
  const exact = levels.find((l) => l.track === track && l.rank === rank) ?? levels.find((l) => l.rank === rank);
  if (exact) return exact;
  const onTrack = levels.filter((l) => l.track === track).sort((a, b) => Math.abs(a.rank - rank) - Math.abs(b.rank - rank));
  return onTrack[0];
}

/** An action item after a record held that many days ago: older ones are mostly done, the rest open, some past due. */
function actionItem(random: DemoRandom, now: number, heldDaysAgo: number): Row {
  const owner = random.chance(0.6) ? ActionItemOwner.REPORT : ActionItemOwner.MANAGER;
  const dueDaysAgo = random.chance(0.15) ? null : heldDaysAgo - random.int(10, 60);
  const doneChance = dueDaysAgo !== null && dueDaysAgo >= 30 ? 0.8 : dueDaysAgo !== null && dueDaysAgo > 0 ? 0.4 : heldDaysAgo >= 3 ? 0.3 : 0;
  const doneDaysAgo = random.chance(doneChance) ? heldDaysAgo - random.int(1, Math.max(1, Math.min(heldDaysAgo, 40))) : null;
  return {
    owner,
    text: random.pick(owner === ActionItemOwner.REPORT ? ACTION_ITEMS.report : ACTION_ITEMS.manager),
    due_on: dueDaysAgo === null ? null : isoDay(now, dueDaysAgo),
    done_at: doneDaysAgo === null ? null : stamp(now, Math.max(0, doneDaysAgo)),
    created_at: stamp(now, heldDaysAgo),
  };
}

/** The UTC calendar day that many days before `now` (negative: after). */
function isoDay(now: number, daysAgo: number): string {
  return new Date(now - daysAgo * DAY).toISOString().slice(0, 10);
}

function stamp(now: number, daysAgo: number): string {
  return new Date(now - daysAgo * DAY).toISOString();
}

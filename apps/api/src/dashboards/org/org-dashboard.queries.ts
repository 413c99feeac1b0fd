import type { EntityManager } from 'typeorm';
import { recordVisibleToManagerSql } from '../../report-access/report-access.queries';
import { debriefPendingSql, satisfactionTalkSuggestedSql, stretchSql } from './org-rules.sql';

/** Someone on a team in the viewer's subtree: a person and the manager whose team they are on. */
export interface SubtreeMember {
  personId: string;
  managerId: string;
  /** The manager's name: teams are labelled by who leads them, never by who is on them. */
  managerName: string;
  /** The manager's own manager, or null for a manager at the top of the scope. */
  managerManagerId: string | null;
}

/**
 * `below (id, manager_id)`: everyone below `$2` (everyone who has a manager when `$2` is null, an
 * admin's view) in organization `$1`, recursively. Deactivated people are on no team.
 */
const SUBTREE_SQL = `below AS (
       SELECT p.id, p.manager_id FROM people p
        WHERE p.organization_id = $1 AND p.status <> 'DEACTIVATED'
          AND (CASE WHEN $2::uuid IS NULL THEN p.manager_id IS NOT NULL ELSE p.manager_id = $2::uuid END)
       UNION
       SELECT p.id, p.manager_id FROM people p JOIN below b ON p.manager_id = b.id
        WHERE p.organization_id = $1 AND p.status <> 'DEACTIVATED' AND $2::uuid IS NOT NULL
     )`;

/** Everyone below `rootId`, each with their manager, in one recursive statement whatever the size of the subtree. */
export async function subtreeMembers(db: EntityManager, organizationId: string, rootId: string | null): Promise<SubtreeMember[]> {
  const rows: { person_id: string; manager_id: string; manager_name: string; manager_manager_id: string | null }[] = await db.query(
    `WITH RECURSIVE ${SUBTREE_SQL}
     SELECT b.id AS person_id, b.manager_id, m.name AS manager_name, m.manager_id AS manager_manager_id
       FROM below b JOIN people m ON m.organization_id = $1 AND m.id = b.manager_id`,
    [organizationId, rootId],
  );
  return rows.map((row) => ({ personId: row.person_id, managerId: row.manager_id, managerName: row.manager_name, managerManagerId: row.manager_manager_id }));
}

/**
 * Whether someone leads a manager: one of their direct reports has direct reports of their own
 * (deactivated people manage nobody). The rule of every view over a subtree, in one statement.
 */
export async function leadsAManager(db: EntityManager, organizationId: string, personId: string): Promise<boolean> {
  const [row]: { leads: boolean }[] = await db.query(
    `SELECT EXISTS (
       SELECT 1 FROM people r JOIN people rr ON rr.organization_id = r.organization_id AND rr.manager_id = r.id
        WHERE r.organization_id = $1 AND r.manager_id = $2 AND r.status <> 'DEACTIVATED' AND rr.status <> 'DEACTIVATED'
     ) AS leads`,
    [organizationId, personId],
  );
  return row?.leads ?? false;
}

/** One team of a subtree: a manager and how many of the people counted report to them. */
export interface OrgTeamRow {
  managerId: string;
  /** The manager's name: teams are labelled by who leads them, never by who is on them. */
  managerName: string;
  /** The manager's own manager, or null for a manager at the top of the organization. */
  managerManagerId: string | null;
  people: number;
}

/** How many people of one team count in one figure, now (`quarter` null) or in a quarter (an index into the window's). */
export interface TeamFigureCount {
  managerId: string;
  figure: string;
  quarter: number | null;
  people: number;
}

export interface OrgWindow {
  /** The first day of the first quarter shown. */
  from: string;
  today: string;
  timeZone: string;
  /** Each quarter's first day, in order. */
  quarterStarts: readonly string[];
  /** Every day a practice can still cover someone on a coverage day (each quarter's last day counted, then today). */
  practiceDays: readonly string[];
  /** For each practice day, the coverage days it covers by the cadence rule of libs/domain, as bits: bit i for coverage day i. */
  practiceCoverage: readonly number[];
  /** SATISFACTION_TALK_LOOKBACK_DAYS. */
  satisfactionLookbackDays: number;
}

/** Figures read per person as bits, one per quarter (coverage: one per coverage day, the last one now). */
const PER_QUARTER_MASKS = [
  ['peopleSharingRoles', 'sh.shared'],
  ['peopleSharingSTEP_UP', 'sh.step_up'],
  ['peopleSharingSAME_LEVEL', 'sh.same_level'],
  ['peopleSharingSTEP_DOWN', 'sh.step_down'],
  ['peopleSharingUNRATED', 'sh.unrated'],
  ['peopleInterviewed', 'sh.interviewed'],
  ['peopleDebriefed', 'db.quarters'],
  ['peopleInSatisfactionTalks', 'tk.quarters'],
] as const;

/** Figures of now read per person as a yes or no. */
const NOW_FLAGS = [
  ['peopleWithDebriefsPending', 'sh.pending'],
  ['peopleWithSatisfactionTalksSuggested', 'sh.suggested'],
  ['peopleWithOpenActionItems', 'ai.open'],
  ['peopleWithOverdueActionItems', 'ai.overdue'],
] as const;

/** The index of the quarter (`$6`, their first days in order) a day in the window falls in. */
const QUARTER = (date: string) => `(width_bucket(${date}, $6::date[]) - 1)`;
const BIT = (index: string) => `(1 << ${index})`;

/** Records count when the member's manager of today may see them, as on that manager's team dashboard. */
const visibleToTheirManager = (alias: string, heldById = `${alias}.held_by_id`) =>
  recordVisibleToManagerSql({ organizationId: `${alias}.organization_id`, reportId: `${alias}.report_id`, heldById }, 'm.manager_id');

/**
 * `$1` organization, `$2` the subtree's root (null: the organization), `$3` first day counted,
 * `$4` today, `$5` time zone, `$6` each quarter's first day, `$7`/`$8` practice days and the coverage days each covers, `$9` the
 * satisfaction lookback: how many people of each team count in each figure, in one statement
 * whatever the size of the organization. A private or revoked role is not read, so neither it nor
 * its interviews nor its debriefs count.
 *
 * Each table is read once for all the members and folded into one row per person, each figure per
 * quarter a set of bits (a person counts once in a quarter however many records put them there),
 * and those are summed per team. Sending each member's records to Node to count there took longer
 * in Node than in the database (10,000 members: 1.9 MB of JSON, half the time collecting garbage).
 * The rules read here are libs/domain's: the cadence as a table made by it (covered on a day
 * means some practice on or before it is due on or after it: the same as the latest one being so,
 * as a later practice is never due earlier), the others in org-rules.sql.ts, checked against it.
 * Practice is what PRACTICE_RECORDS_SQL says it is (debriefs and interview-practice
 * conversations). Each step is MATERIALIZED, computed once: with the statistics of tables just
 * written (an import, a test) saying one row each, a grouped read on the inner side of a nested
 * loop was run again for every member.
 */
export async function teamFigureCounts(
  db: EntityManager,
  organizationId: string,
  /** Whose subtree (everyone below them, at any depth), or null for everyone in the organization who has a manager. */
  rootId: string | null,
  window: OrgWindow,
): Promise<{ teams: OrgTeamRow[]; counts: TeamFigureCount[] }> {
  const quarters = window.quarterStarts.length;
  const sums: { figure: string; quarter: number | null; sql: string }[] = [
    ...Array.from({ length: quarters + 1 }, (_, q) => ({ figure: 'peopleCovered', quarter: q, sql: `count(*) FILTER (WHERE (pr.coverage & ${BIT(String(q))}) <> 0)` })),
    ...PER_QUARTER_MASKS.flatMap(([figure, mask]) =>
      Array.from({ length: quarters }, (_, q) => ({ figure, quarter: q, sql: `count(*) FILTER (WHERE (${mask} & ${BIT(String(q))}) <> 0)` })),
    ),
    ...NOW_FLAGS.map(([figure, flag]) => ({ figure, quarter: null, sql: `count(*) FILTER (WHERE ${flag})` })),
  ];
  const rows: { manager_id: string; manager_name: string; manager_manager_id: string | null; people: number; counts: number[] }[] = await db.query(
    `WITH RECURSIVE ${SUBTREE_SQL}, m AS MATERIALIZED (
       SELECT p.id, p.manager_id, pl.rank FROM below b JOIN people p ON p.organization_id = $1 AND p.id = b.id
         LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
     ), shared AS MATERIALIZED (
       SELECT r.id, r.owner_id, r.shared_at, ${stretchSql('rl.rank', 'm.rank')} AS stretch,
              ${QUARTER('(r.shared_at AT TIME ZONE $5)::date')} AS quarter
         FROM interesting_roles r JOIN m ON m.id = r.owner_id
         LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
        WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL
     ), role_interview_days AS MATERIALIZED (
       SELECT i.role_id, max(i.held_on) FILTER (WHERE i.held_on < $4::date) AS last_before_today,
              COALESCE(bit_or(${BIT(QUARTER('i.held_on'))}) FILTER (WHERE i.held_on >= $3::date), 0) AS quarters
         FROM role_interviews i JOIN shared s ON s.id = i.role_id
        WHERE i.organization_id = $1 AND i.held_on <= $4::date
        GROUP BY i.role_id
     ), last_debriefs AS MATERIALIZED (
       SELECT d.role_id, max(d.held_on) AS held_on FROM debriefs d JOIN m ON m.id = d.report_id
        WHERE d.organization_id = $1 AND d.role_id IS NOT NULL AND ${visibleToTheirManager('d')} GROUP BY d.role_id
     ), talks AS MATERIALIZED (
       SELECT c.report_id, c.kind, c.held_on FROM conversations c JOIN m ON m.id = c.report_id
        WHERE c.organization_id = $1 AND c.kind IN ('SATISFACTION', 'INTERVIEW_PRACTICE') AND ${visibleToTheirManager('c')}
     ), talked AS MATERIALIZED (
       SELECT t.report_id, max(t.held_on) FILTER (WHERE t.kind = 'SATISFACTION') AS last_satisfaction_on,
              COALESCE(bit_or(${BIT(QUARTER('t.held_on'))}) FILTER (WHERE t.kind = 'SATISFACTION' AND t.held_on BETWEEN $3::date AND $4::date), 0) AS quarters
         FROM talks t GROUP BY t.report_id
     ), sh AS MATERIALIZED (
       SELECT s.owner_id,
              COALESCE(bit_or(${BIT('s.quarter')}) FILTER (WHERE s.quarter >= 0), 0) AS shared,
              COALESCE(bit_or(${BIT('s.quarter')}) FILTER (WHERE s.quarter >= 0 AND s.stretch = 'STEP_UP'), 0) AS step_up,
              COALESCE(bit_or(${BIT('s.quarter')}) FILTER (WHERE s.quarter >= 0 AND s.stretch = 'SAME_LEVEL'), 0) AS same_level,
              COALESCE(bit_or(${BIT('s.quarter')}) FILTER (WHERE s.quarter >= 0 AND s.stretch = 'STEP_DOWN'), 0) AS step_down,
              COALESCE(bit_or(${BIT('s.quarter')}) FILTER (WHERE s.quarter >= 0 AND s.stretch = 'UNRATED'), 0) AS unrated,
              bit_or(ri.quarters) AS interviewed,
              bool_or(${debriefPendingSql('ri.last_before_today', 'ld.held_on')}) AS pending,
              bool_or(s.stretch = 'SAME_LEVEL' AND ${satisfactionTalkSuggestedSql('s.shared_at', 'tk.last_satisfaction_on', '$9')}) AS suggested
         FROM shared s
         LEFT JOIN role_interview_days ri ON ri.role_id = s.id
         LEFT JOIN last_debriefs ld ON ld.role_id = s.id
         LEFT JOIN talked tk ON tk.report_id = s.owner_id
        GROUP BY s.owner_id
     ), db AS MATERIALIZED (
       SELECT d.report_id, COALESCE(bit_or(${BIT(QUARTER('d.held_on'))}) FILTER (WHERE d.held_on BETWEEN $3::date AND $4::date), 0) AS quarters,
              bit_or(pc.coverage) AS coverage
         FROM debriefs d JOIN m ON m.id = d.report_id
         LEFT JOIN unnest($7::date[], $8::int[]) AS pc(day, coverage) ON pc.day = d.held_on
        WHERE d.organization_id = $1 AND d.held_on >= ($7::date[])[1] AND ${visibleToTheirManager('d')}
        GROUP BY d.report_id
     ), pr AS MATERIALIZED (
       SELECT m.id, COALESCE(db.coverage, 0) | COALESCE(tp.coverage, 0) AS coverage FROM m
         LEFT JOIN db ON db.report_id = m.id
         LEFT JOIN (SELECT t.report_id, bit_or(pc.coverage) AS coverage FROM talks t
                      JOIN unnest($7::date[], $8::int[]) AS pc(day, coverage) ON pc.day = t.held_on
                     WHERE t.kind = 'INTERVIEW_PRACTICE' GROUP BY t.report_id) tp ON tp.report_id = m.id
     ), ai AS MATERIALIZED (
       SELECT a.report_id, true AS open, bool_or(a.due_on < $4::date) AS overdue
         FROM action_items a JOIN m ON m.id = a.report_id
         LEFT JOIN debriefs ad ON ad.organization_id = a.organization_id AND ad.id = a.debrief_id
         LEFT JOIN conversations ac ON ac.organization_id = a.organization_id AND ac.id = a.conversation_id
        WHERE a.organization_id = $1 AND a.done_at IS NULL AND ${visibleToTheirManager('a', 'COALESCE(ad.held_by_id, ac.held_by_id)')}
        GROUP BY a.report_id
     )
     SELECT m.manager_id, mg.name AS manager_name, mg.manager_id AS manager_manager_id, count(*)::int AS people,
            ARRAY[${sums.map((sum) => sum.sql).join(', ')}]::int[] AS counts
       FROM m
       JOIN people mg ON mg.organization_id = $1 AND mg.id = m.manager_id
       JOIN pr ON pr.id = m.id
       LEFT JOIN sh ON sh.owner_id = m.id
       LEFT JOIN db ON db.report_id = m.id
       LEFT JOIN talked tk ON tk.report_id = m.id
       LEFT JOIN ai ON ai.report_id = m.id
      GROUP BY m.manager_id, mg.name, mg.manager_id`,
    [
      organizationId,
      rootId,
      window.from,
      window.today,
      window.timeZone,
      [...window.quarterStarts],
      [...window.practiceDays],
      [...window.practiceCoverage],
      window.satisfactionLookbackDays,
    ],
  );
  return {
    teams: rows.map((row) => ({ managerId: row.manager_id, managerName: row.manager_name, managerManagerId: row.manager_manager_id, people: row.people })),
    counts: rows.flatMap((row) =>
      sums.flatMap((sum, i) => (row.counts[i] > 0 ? [{ managerId: row.manager_id, figure: sum.figure, quarter: sum.quarter, people: row.counts[i] }] : [])),
    ),
  };
}

import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/is-uuid';
import { PRACTICE_RECORDS_SQL } from '../practice/practice.queries';
import { recordVisibleToManagerSql } from '../report-access/report-access.queries';

/**
 * The people a team figure is about: reports who are, right now, managed by `managerId`, whose
 * records count when that manager may see them. Every statement re-checks the reporting line
 * itself, so a report who moved between the access check and the read counts for nobody.
 */
export interface TeamSql {
  organizationId: string;
  managerId: string;
  reportIds: readonly string[];
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * `$1` organization, `$2` manager, `$3` report ids: the reports of the scope, still managed by the
 * manager. A table read for the whole team at once takes `= ANY($3)` itself (a bitmap scan of its
 * report index); a table probed once per report or role does not, since a second `= ANY($3)` on
 * the inner side of a nested loop made every probe scan the whole array (40 ms at 500 reports).
 */
const TEAM_REPORTS = `p.organization_id = $1 AND p.manager_id = $2 AND p.id = ANY($3::uuid[]) AND p.status <> 'DEACTIVATED'`;

const visibleToManager = (alias: string, heldById = `${alias}.held_by_id`) =>
  recordVisibleToManagerSql({ organizationId: `${alias}.organization_id`, reportId: `${alias}.report_id`, heldById }, '$2');

function parameters(scope: TeamSql, ...more: unknown[]): unknown[] {
  return [scope.organizationId, scope.managerId, [...new Set(scope.reportIds.filter(isUuid))], ...more];
}

/**
 * The days each report practised (an interview-practice conversation or a debrief, as the practice
 * cadence counts them) between two days, counting only records the manager may see: what coverage
 * at the end of each past quarter is computed from.
 */
export async function practiceDays(db: EntityManager, scope: TeamSql, from: string, through: string): Promise<Map<string, string[]>> {
  const rows: { report_id: string; days: string[] }[] = await db.query(
    `SELECT r.report_id, array_agg(DISTINCT ${DAY('r.held_on')}) AS days
       FROM (${PRACTICE_RECORDS_SQL}) r
       JOIN people p ON p.organization_id = r.organization_id AND p.id = r.report_id
      WHERE r.organization_id = $1 AND r.report_id = ANY($3::uuid[]) AND ${TEAM_REPORTS} AND ${visibleToManager('r')}
        AND r.held_on BETWEEN $4::date AND $5::date
      GROUP BY r.report_id`,
    parameters(scope, from, through),
  );
  return new Map(rows.map((row) => [row.report_id, row.days]));
}

/** A role a report currently shares with the manager, with what the manager may know of it. */
export interface SharedRoleRow {
  roleId: string;
  reportId: string;
  sharedAt: Date;
  roleRank: number | null;
  reportRank: number | null;
  /** Days of the interviews the report recorded on it, any order. */
  interviewDays: string[];
  /** Days of the debriefs about it that the manager may see, any order. */
  debriefDays: string[];
}

/**
 * Every role the team currently shares with the manager, in one statement. A role never shared, or
 * shared and revoked, is not read at all: neither it nor its interviews count anywhere.
 */
export async function sharedRoles(db: EntityManager, scope: TeamSql): Promise<SharedRoleRow[]> {
  const rows: { role_id: string; report_id: string; shared_ms: number; role_rank: number | null; report_rank: number | null; interview_days: string[]; debrief_days: string[] }[] =
    await db.query(
      `SELECT r.id AS role_id, r.owner_id AS report_id, (extract(epoch FROM r.shared_at) * 1000)::float8 AS shared_ms, rl.rank AS role_rank, pl.rank AS report_rank,
              ARRAY(SELECT ${DAY('i.held_on')} FROM role_interviews i WHERE i.organization_id = r.organization_id AND i.role_id = r.id) AS interview_days,
              ARRAY(SELECT ${DAY('d.held_on')} FROM debriefs d
                     WHERE d.organization_id = r.organization_id AND d.report_id = r.owner_id AND d.role_id = r.id AND ${visibleToManager('d')}) AS debrief_days
         FROM interesting_roles r
         JOIN people p ON p.organization_id = r.organization_id AND p.id = r.owner_id
         LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
         LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
        WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL AND ${TEAM_REPORTS}`,
      parameters(scope),
    );
  return rows.map((row) => ({
    roleId: row.role_id,
    reportId: row.report_id,
    sharedAt: new Date(row.shared_ms),
    roleRank: row.role_rank === null ? null : Number(row.role_rank),
    reportRank: row.report_rank === null ? null : Number(row.report_rank),
    interviewDays: row.interview_days,
    debriefDays: row.debrief_days,
  }));
}

/** What the manager recorded with one report (or may see of earlier managers' records, when shared). */
export interface ReportRecordsRow {
  reportId: string;
  /** Days of debriefs held from `from` on. */
  debriefDays: string[];
  /** Days of satisfaction conversations held from `from` on. */
  satisfactionDays: string[];
  /** The latest satisfaction conversation ever, for the same-level rule. */
  lastSatisfactionOn: string | null;
  openActionItems: number;
  /** Open, and due before `today`. */
  overdueActionItems: number;
}

/** Debriefs, satisfaction conversations and action items per report, in one statement. */
export async function reportRecords(db: EntityManager, scope: TeamSql, from: string, today: string): Promise<ReportRecordsRow[]> {
  const rows: {
    report_id: string;
    debrief_days: string[];
    satisfaction_days: string[];
    last_satisfaction_on: string | null;
    open_items: number;
    overdue_items: number;
  }[] = await db.query(
    `SELECT p.id AS report_id,
            ARRAY(SELECT ${DAY('d.held_on')} FROM debriefs d
                   WHERE d.organization_id = p.organization_id AND d.report_id = p.id AND d.held_on >= $4::date AND ${visibleToManager('d')}) AS debrief_days,
            ARRAY(SELECT ${DAY('c.held_on')} FROM conversations c
                   WHERE c.organization_id = p.organization_id AND c.report_id = p.id AND c.kind = 'SATISFACTION' AND c.held_on >= $4::date AND ${visibleToManager('c')}) AS satisfaction_days,
            (SELECT ${DAY('max(c.held_on)')} FROM conversations c
              WHERE c.organization_id = p.organization_id AND c.report_id = p.id AND c.kind = 'SATISFACTION' AND ${visibleToManager('c')}) AS last_satisfaction_on,
            items.open AS open_items, items.overdue AS overdue_items
       FROM people p
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS open, (count(*) FILTER (WHERE a.due_on < $5::date))::int AS overdue
           FROM action_items a
           LEFT JOIN debriefs ad ON ad.organization_id = a.organization_id AND ad.id = a.debrief_id
           LEFT JOIN conversations ac ON ac.organization_id = a.organization_id AND ac.id = a.conversation_id
          WHERE a.organization_id = p.organization_id AND a.report_id = p.id AND a.done_at IS NULL
            AND ${visibleToManager('a', 'COALESCE(ad.held_by_id, ac.held_by_id)')}
       ) items
      WHERE ${TEAM_REPORTS}`,
    parameters(scope, from, today),
  );
  return rows.map((row) => ({
    reportId: row.report_id,
    debriefDays: row.debrief_days,
    satisfactionDays: row.satisfaction_days,
    lastSatisfactionOn: row.last_satisfaction_on,
    openActionItems: row.open_items,
    overdueActionItems: row.overdue_items,
  }));
}

import type { EntityManager } from 'typeorm';
import { recordVisibleToManagerSql } from '../../report-access/report-access.queries';

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
 * Everyone below `rootId` (everyone who has a manager, for an admin: `rootId` null), each with their
 * manager, in one recursive statement whatever the size of the subtree. Deactivated people are on no team.
 */
export async function subtreeMembers(db: EntityManager, organizationId: string, rootId: string | null): Promise<SubtreeMember[]> {
  const rows: { person_id: string; manager_id: string; manager_name: string; manager_manager_id: string | null }[] = await db.query(
    `WITH RECURSIVE below AS (
       SELECT p.id, p.manager_id FROM people p
        WHERE p.organization_id = $1 AND p.status <> 'DEACTIVATED'
          AND (CASE WHEN $2::uuid IS NULL THEN p.manager_id IS NOT NULL ELSE p.manager_id = $2::uuid END)
       UNION
       SELECT p.id, p.manager_id FROM people p JOIN below b ON p.manager_id = b.id
        WHERE p.organization_id = $1 AND p.status <> 'DEACTIVATED' AND $2::uuid IS NOT NULL
     )
     SELECT b.id AS person_id, b.manager_id, m.name AS manager_name, m.manager_id AS manager_manager_id
       FROM below b JOIN people m ON m.organization_id = $1 AND m.id = b.manager_id`,
    [organizationId, rootId],
  );
  return rows.map((row) => ({ personId: row.person_id, managerId: row.manager_id, managerName: row.manager_name, managerManagerId: row.manager_manager_id }));
}

/** A role the member currently shares with their manager, with what that manager may know of it. */
export interface MemberShare {
  /** The quarter (index into the window's quarters) it was last shared in, or -1 before them. */
  quarter: number;
  /** When it was last shared, epoch milliseconds (the satisfaction-talk rule reads it). */
  sharedMs: number;
  /** The rank its stretch tag is read from, against the member's own. */
  roleRank: number | null;
  /** Its latest interview before today: all `debriefPendingSince` reads of its interviews. */
  lastInterviewBeforeToday: string | null;
  /** The latest debrief about it that the manager may see. */
  lastDebriefOn: string | null;
}

/**
 * What one member's current manager may see of them. Quarters are indices into the window's
 * quarters: the SQL only says which of the given ranges a day falls in, the rules stay in Node.
 */
export interface MemberActivityRow {
  personId: string;
  /** Every currently shared role, whenever it was shared. */
  shares: MemberShare[];
  /** The member's own level rank today, against which every role's stretch is read (as on the team dashboard). */
  reportRank: number | null;
  /** Quarters with an interview on a shared role, with a debrief, with a satisfaction talk. */
  interviewQuarters: number[];
  debriefQuarters: number[];
  satisfactionQuarters: number[];
  /** The latest satisfaction conversation ever, for the same-level rule. */
  lastSatisfactionOn: string | null;
  /** Days that count as practice (debriefs, interview-practice conversations) from the practice window on, each once. */
  practiceDays: string[];
  openActionItems: number;
  overdueActionItems: number;
}

/** A day as a number (days since 1970-01-01): made text in Node once per distinct day, not in SQL once per record. */
const DAY = (date: string) => `(${date} - DATE '1970-01-01')`;

/** The index of the quarter (`$7`, their first days in order) a day in the window falls in. */
const QUARTER = (date: string) => `(width_bucket(${date}, $7::date[]) - 1)`;

/** Records count when the member's manager of today may see them, as on that manager's team dashboard. */
const visibleToTheirManager = (alias: string, heldById = `${alias}.held_by_id`) =>
  recordVisibleToManagerSql({ organizationId: `${alias}.organization_id`, reportId: `${alias}.report_id`, heldById }, 'm.manager_id');

/**
 * `$1` organization, `$2` member ids, `$3` first day counted, `$4` today, `$5` time zone, `$6` first
 * day a practice can still cover someone in the first quarter, `$7` each quarter's first day: one
 * entry per member, in one statement. A private or revoked role is not read, so neither it nor its
 * interviews nor its debriefs count.
 *
 * Each table is read once for all the members and grouped, joined to them by hash for a whole
 * organization and by index for a small subtree: probing each of 10,000 members with six
 * correlated subqueries (and each of their 20,000 roles with two more) took seconds. Each group
 * is a MATERIALIZED step, computed once: with the statistics of tables just written (an import,
 * a test) saying one row each, a grouped read on the inner side of a nested loop was run again
 * for every member, 500 × 500 × every record. Days in the quarters come back as the distinct
 * quarters they fall in, not as days: every figure per quarter reads no more, and a whole
 * organization's answer went from 1.9 MB of JSON to a fraction of it. Practice is what
 * PRACTICE_RECORDS_SQL says it is (debriefs and interview-practice conversations), taken from the
 * debrief and conversation reads this statement groups anyway.
 */
export async function memberActivity(
  db: EntityManager,
  organizationId: string,
  memberIds: readonly string[],
  window: { from: string; practiceFrom: string; today: string; timeZone: string; quarterStarts: readonly string[] },
): Promise<MemberActivityRow[]> {
  type Share = [quarter: number, sharedMs: number, roleRank: number | string | null, lastInterviewBeforeToday: number | null, lastDebriefOn: number | null];
  type Member = [
    personId: string,
    reportRank: number | string | null,
    shares: Share[] | null,
    interviewQuarters: number[] | null,
    debriefQuarters: number[] | null,
    satisfactionQuarters: number[] | null,
    lastSatisfactionOn: number | null,
    practiceDays: number[] | null,
    openItems: number | null,
    overdueItems: number | null,
  ];
  // One JSON document of arrays rather than a row of JSON per member, as practiceFacts reads.
  const [answer]: { members: Member[] | null }[] = await db.query(
    `WITH m AS MATERIALIZED (
       SELECT p.id, p.manager_id, pl.rank FROM people p
         LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
        WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[]) AND p.manager_id IS NOT NULL AND p.status <> 'DEACTIVATED'
     ), shared AS MATERIALIZED (
       SELECT r.id, r.organization_id, r.owner_id, r.shared_at, r.level_id FROM interesting_roles r JOIN m ON m.id = r.owner_id
        WHERE r.organization_id = $1 AND r.shared_at IS NOT NULL
     ), interviews AS MATERIALIZED (
       SELECT i.role_id, s.owner_id, i.held_on FROM role_interviews i JOIN shared s ON s.id = i.role_id
        WHERE i.organization_id = $1 AND i.held_on <= $4::date
     ), role_interviews_before AS MATERIALIZED (
       SELECT i.role_id, ${DAY('max(i.held_on)')} AS last_before_today FROM interviews i WHERE i.held_on < $4::date GROUP BY i.role_id
     ), interview_quarters AS MATERIALIZED (
       SELECT i.owner_id, array_agg(DISTINCT ${QUARTER('i.held_on')}) AS quarters FROM interviews i WHERE i.held_on >= $3::date GROUP BY i.owner_id
     ), role_debriefs AS MATERIALIZED (
       SELECT d.role_id, ${DAY('max(d.held_on)')} AS last_on FROM debriefs d JOIN m ON m.id = d.report_id
        WHERE d.organization_id = $1 AND d.role_id IS NOT NULL AND ${visibleToTheirManager('d')} GROUP BY d.role_id
     ), shares AS MATERIALIZED (
       SELECT r.owner_id, json_agg(json_build_array(
                ${QUARTER('(r.shared_at AT TIME ZONE $5)::date')}, (extract(epoch FROM r.shared_at) * 1000)::float8, rl.rank, ib.last_before_today, rd.last_on)) AS shares
         FROM shared r
         LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
         LEFT JOIN role_interviews_before ib ON ib.role_id = r.id
         LEFT JOIN role_debriefs rd ON rd.role_id = r.id
        GROUP BY r.owner_id
     ), member_debriefs AS MATERIALIZED (
       SELECT d.report_id, array_agg(DISTINCT ${QUARTER('d.held_on')}) FILTER (WHERE d.held_on BETWEEN $3::date AND $4::date) AS debrief_quarters,
              array_agg(DISTINCT ${DAY('d.held_on')}) AS practice_days
         FROM debriefs d JOIN m ON m.id = d.report_id
        WHERE d.organization_id = $1 AND d.held_on >= $6::date AND ${visibleToTheirManager('d')}
        GROUP BY d.report_id
     ), talks AS MATERIALIZED (
       SELECT c.report_id,
              array_agg(DISTINCT ${QUARTER('c.held_on')}) FILTER (WHERE c.kind = 'SATISFACTION' AND c.held_on BETWEEN $3::date AND $4::date) AS satisfaction_quarters,
              ${DAY("max(c.held_on) FILTER (WHERE c.kind = 'SATISFACTION')")} AS last_satisfaction_on,
              array_agg(DISTINCT ${DAY('c.held_on')}) FILTER (WHERE c.kind = 'INTERVIEW_PRACTICE' AND c.held_on >= $6::date) AS practice_days
         FROM conversations c JOIN m ON m.id = c.report_id
        WHERE c.organization_id = $1 AND c.kind IN ('SATISFACTION', 'INTERVIEW_PRACTICE') AND ${visibleToTheirManager('c')}
        GROUP BY c.report_id
     ), items AS MATERIALIZED (
       SELECT a.report_id, count(*)::int AS open, (count(*) FILTER (WHERE a.due_on < $4::date))::int AS overdue
         FROM action_items a JOIN m ON m.id = a.report_id
         LEFT JOIN debriefs ad ON ad.organization_id = a.organization_id AND ad.id = a.debrief_id
         LEFT JOIN conversations ac ON ac.organization_id = a.organization_id AND ac.id = a.conversation_id
        WHERE a.organization_id = $1 AND a.done_at IS NULL AND ${visibleToTheirManager('a', 'COALESCE(ad.held_by_id, ac.held_by_id)')}
        GROUP BY a.report_id
     )
     SELECT json_agg(json_build_array(m.id, m.rank, sh.shares, iq.quarters, dd.debrief_quarters, cv.satisfaction_quarters, cv.last_satisfaction_on,
            COALESCE(dd.practice_days, '{}') || COALESCE(cv.practice_days, '{}'), ai.open, ai.overdue)) AS members
       FROM m
       LEFT JOIN shares sh ON sh.owner_id = m.id
       LEFT JOIN interview_quarters iq ON iq.owner_id = m.id
       LEFT JOIN member_debriefs dd ON dd.report_id = m.id
       LEFT JOIN talks cv ON cv.report_id = m.id
       LEFT JOIN items ai ON ai.report_id = m.id`,
    [organizationId, [...memberIds], window.from, window.today, window.timeZone, window.practiceFrom, [...window.quarterStarts]],
  );
  const dayOf = dayTexts();
  const day = (value: number | null) => (value === null ? null : dayOf(value));
  const rank = (value: number | string | null) => (value === null ? null : Number(value));
  return (answer?.members ?? []).map(([personId, reportRank, shares, interviewQuarters, debriefQuarters, satisfactionQuarters, lastSatisfactionOn, practiceDays, open, overdue]) => ({
    personId,
    shares: (shares ?? []).map(([quarter, sharedMs, roleRank, lastInterviewBeforeToday, lastDebriefOn]) => ({
      quarter,
      sharedMs: Number(sharedMs),
      roleRank: rank(roleRank),
      lastInterviewBeforeToday: day(lastInterviewBeforeToday),
      lastDebriefOn: day(lastDebriefOn),
    })),
    reportRank: rank(reportRank),
    interviewQuarters: interviewQuarters ?? [],
    debriefQuarters: debriefQuarters ?? [],
    satisfactionQuarters: satisfactionQuarters ?? [],
    lastSatisfactionOn: day(lastSatisfactionOn),
    practiceDays: (practiceDays ?? []).map(dayOf),
    openActionItems: open ?? 0,
    overdueActionItems: overdue ?? 0,
  }));
}

/** YYYY-MM-DD of a day number, each made once: a few hundred distinct days among the tens of thousands read. */
function dayTexts(): (day: number) => string {
  const texts = new Map<number, string>();
  return (day) => {
    let text = texts.get(day);
    if (text === undefined) {
      text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      texts.set(day, text);
    }
    return text;
  };
}

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

/** What one member's current manager may see of them: the days things happened, and open action items now. */
export interface MemberActivityRow {
  personId: string;
  /** Each currently shared role: the day (org time zone) it was last shared, and the ranks its stretch tag is read from. */
  shares: { day: string; roleRank: number | null }[];
  /** The member's own level rank today, against which every role's stretch is read (as on the team dashboard). */
  reportRank: number | null;
  /** Days of interviews on those shared roles. */
  interviewDays: string[];
  debriefDays: string[];
  satisfactionDays: string[];
  openActionItems: number;
  overdueActionItems: number;
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** Records count when the member's manager of today may see them, as on that manager's team dashboard. */
const visibleToTheirManager = (alias: string, heldById = `${alias}.held_by_id`) =>
  recordVisibleToManagerSql({ organizationId: `${alias}.organization_id`, reportId: `${alias}.report_id`, heldById }, 'p.manager_id');

/**
 * `$1` organization, `$2` member ids, `$3` first day counted, `$4` today, `$5` time zone: one row per
 * member, in one statement. A private or revoked role is not read, so neither it nor its interviews count.
 */
export async function memberActivity(db: EntityManager, organizationId: string, memberIds: readonly string[], from: string, today: string, timeZone: string): Promise<MemberActivityRow[]> {
  const rows: { person_id: string; shares: { day: string; roleRank: number | string | null }[]; report_rank: number | string | null; interview_days: string[]; debrief_days: string[]; satisfaction_days: string[]; open_items: number; overdue_items: number }[] =
    await db.query(
      `SELECT p.id AS person_id,
              COALESCE((SELECT json_agg(json_build_object('day', ${DAY('(r.shared_at AT TIME ZONE $5)')}, 'roleRank', rl.rank))
                          FROM interesting_roles r
                          LEFT JOIN levels rl ON rl.organization_id = r.organization_id AND rl.id = r.level_id
                         WHERE r.organization_id = p.organization_id AND r.owner_id = p.id AND r.shared_at IS NOT NULL
                           AND (r.shared_at AT TIME ZONE $5)::date >= $3::date), '[]'::json) AS shares,
              pl.rank AS report_rank,
              ARRAY(SELECT ${DAY('i.held_on')} FROM interesting_roles r JOIN role_interviews i ON i.organization_id = r.organization_id AND i.role_id = r.id
                     WHERE r.organization_id = p.organization_id AND r.owner_id = p.id AND r.shared_at IS NOT NULL AND i.held_on >= $3::date) AS interview_days,
              ARRAY(SELECT ${DAY('d.held_on')} FROM debriefs d
                     WHERE d.organization_id = p.organization_id AND d.report_id = p.id AND d.held_on >= $3::date AND ${visibleToTheirManager('d')}) AS debrief_days,
              ARRAY(SELECT ${DAY('c.held_on')} FROM conversations c
                     WHERE c.organization_id = p.organization_id AND c.report_id = p.id AND c.kind = 'SATISFACTION' AND c.held_on >= $3::date
                       AND ${visibleToTheirManager('c')}) AS satisfaction_days,
              items.open AS open_items, items.overdue AS overdue_items
         FROM people p
         LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS open, (count(*) FILTER (WHERE a.due_on < $4::date))::int AS overdue
             FROM action_items a
             LEFT JOIN debriefs ad ON ad.organization_id = a.organization_id AND ad.id = a.debrief_id
             LEFT JOIN conversations ac ON ac.organization_id = a.organization_id AND ac.id = a.conversation_id
            WHERE a.organization_id = p.organization_id AND a.report_id = p.id AND a.done_at IS NULL
              AND ${visibleToTheirManager('a', 'COALESCE(ad.held_by_id, ac.held_by_id)')}
         ) items
        WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[]) AND p.manager_id IS NOT NULL AND p.status <> 'DEACTIVATED'`,
      [organizationId, [...memberIds], from, today, timeZone],
    );
  return rows.map((row) => ({
    personId: row.person_id,
    shares: row.shares.map((share) => ({ day: share.day, roleRank: share.roleRank === null ? null : Number(share.roleRank) })),
    reportRank: row.report_rank === null ? null : Number(row.report_rank),
    interviewDays: row.interview_days,
    debriefDays: row.debrief_days,
    satisfactionDays: row.satisfaction_days,
    openActionItems: row.open_items,
    overdueActionItems: row.overdue_items,
  }));
}

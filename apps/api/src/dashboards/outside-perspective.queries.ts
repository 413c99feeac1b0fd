import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/is-uuid';
import { recordVisibleToManagerSql } from '../report-access/report-access.queries';

/**
 * Whose debriefs: the people of the scope who have a manager today, each with the debriefs that
 * manager may see. A team passes `managerId`, so only people that manager manages right now count;
 * a subtree passes null.
 */
export interface PerspectiveSql {
  organizationId: string;
  managerId: string | null;
  reportIds: readonly string[];
  /** Only debriefs held on or after this day; every debrief when null. */
  since: string | null;
}

export interface CountedRow {
  debriefs: number;
  people: number;
}

export interface PerspectiveRows {
  /** Whether any of the people in scope manages someone today: a manager of managers may also ask for their subtree. */
  reportsManage: boolean;
  totals: CountedRow;
  /** Debriefs about no role the report shares now: about no company known here. */
  withoutCompany: CountedRow;
  /** Per interview kind: the debriefs whose stages include it (once per debrief). */
  stageKinds: (CountedRow & { kind: string })[];
  /** Per whole sequence of stages. */
  processes: (CountedRow & { stages: string[] })[];
  /** Per number of stages: the number recorded, else the length of the stages listed. */
  stageCounts: (CountedRow & { stages: number })[];
  /** Per theme, compared without case or surrounding spaces; named by its most common spelling. */
  themes: (CountedRow & { theme: string })[];
  /** Per candidate-experience aspect: the sum and number of ratings, and the people who rated it. */
  ratings: { aspect: string; sum: number; ratings: number; people: number }[];
  /** Per report and assessed rank: the inputs of the stretch rule, which the service applies. */
  readings: { reportId: string; assessedRank: number | null; reportRank: number | null; debriefs: number }[];
  /** Per company of a role the report shares now (compared without case or spacing), with the people who debriefed about it. */
  companies: { name: string; debriefs: number; peopleIds: string[] }[];
}

const RATINGS = [
  ['STARTED_ON_TIME', 'rating_started_on_time'],
  ['ROLE_CLEARLY_EXPLAINED', 'rating_role_clearly_explained'],
  ['INTERVIEWERS_PREPARED', 'rating_interviewers_prepared'],
  ['TREATED_WITH_RESPECT', 'rating_treated_with_respect'],
  ['CHALLENGING', 'rating_challenging'],
] as const;

/**
 * Everything the outside perspective shows, in one statement (with whether its people manage anyone): the debriefs in scope are read once
 * (`d`), then grouped each way. A debrief's company comes only from a role the report shares with
 * the manager now: a private or revoked role gives no name, and its debrief counts without one.
 */
export async function perspectiveRows(db: EntityManager, scope: PerspectiveSql): Promise<PerspectiveRows> {
  const visible = recordVisibleToManagerSql({ organizationId: 'd.organization_id', reportId: 'd.report_id', heldById: 'd.held_by_id' }, 'p.manager_id');
  const ratings = RATINGS.map(
    ([aspect, column]) =>
      `json_build_object('aspect', '${aspect}', 'sum', coalesce(sum(${column}), 0), 'ratings', count(${column}), 'people', count(DISTINCT report_id) FILTER (WHERE ${column} IS NOT NULL))`,
  ).join(', ');
  const aggregate = (select: string, from: string) => `(SELECT coalesce(json_agg(x), '[]') FROM (SELECT ${select} FROM ${from}) x)`;
  const [row]: ({ reports_manage: boolean; totals: CountedRow; without_company: CountedRow } & Record<'stage_kinds' | 'processes' | 'stage_counts' | 'themes' | 'ratings' | 'readings' | 'companies', unknown[]>)[] = await db.query(
    `WITH d AS (
       SELECT d.id, d.report_id, d.stages, COALESCE(d.stage_count, NULLIF(cardinality(d.stages), 0)) AS stage_count, d.themes,
              ${RATINGS.map(([, column]) => `d.${column}`).join(', ')},
              al.rank AS assessed_rank, pl.rank AS report_rank,
              NULLIF(regexp_replace(btrim(r.company), '\\s+', ' ', 'g'), '') AS company
         FROM debriefs d
         JOIN people p ON p.organization_id = d.organization_id AND p.id = d.report_id
         LEFT JOIN levels al ON al.organization_id = d.organization_id AND al.id = d.assessed_level_id
         LEFT JOIN levels pl ON pl.organization_id = p.organization_id AND pl.id = p.level_id
         LEFT JOIN interesting_roles r ON r.organization_id = d.organization_id AND r.id = d.role_id AND r.owner_id = d.report_id AND r.shared_at IS NOT NULL
        WHERE d.organization_id = $1 AND d.report_id = ANY($3::uuid[]) AND p.manager_id IS NOT NULL AND ($2::uuid IS NULL OR p.manager_id = $2::uuid) AND p.status <> 'DEACTIVATED'
          AND ${visible} AND ($4::date IS NULL OR d.held_on >= $4::date)
     )
     SELECT EXISTS (SELECT 1 FROM people c WHERE c.organization_id = $1 AND c.manager_id = ANY($3::uuid[]) AND c.status <> 'DEACTIVATED') AS reports_manage,
            (SELECT json_build_object('debriefs', count(*), 'people', count(DISTINCT report_id)) FROM d) AS totals,
            (SELECT json_build_object('debriefs', count(*), 'people', count(DISTINCT report_id)) FROM d WHERE d.company IS NULL) AS without_company,
            ${aggregate(`k.kind, count(*) AS debriefs, count(DISTINCT d.report_id) AS people`, `d CROSS JOIN LATERAL (SELECT DISTINCT unnest(d.stages) AS kind) k GROUP BY k.kind`)} AS stage_kinds,
            ${aggregate(`d.stages, count(*) AS debriefs, count(DISTINCT d.report_id) AS people`, `d WHERE cardinality(d.stages) > 0 GROUP BY d.stages`)} AS processes,
            ${aggregate(`d.stage_count AS stages, count(*) AS debriefs, count(DISTINCT d.report_id) AS people`, `d WHERE d.stage_count IS NOT NULL GROUP BY d.stage_count`)} AS stage_counts,
            ${aggregate(
              `mode() WITHIN GROUP (ORDER BY t.theme) AS theme, count(DISTINCT d.id) AS debriefs, count(DISTINCT d.report_id) AS people`,
              `d CROSS JOIN LATERAL (SELECT DISTINCT btrim(x) AS theme FROM unnest(d.themes) x WHERE btrim(x) <> '') t GROUP BY lower(t.theme)`,
            )} AS themes,
            (SELECT json_build_array(${ratings}) FROM d) AS ratings,
            ${aggregate(`d.report_id AS "reportId", d.assessed_rank AS "assessedRank", d.report_rank AS "reportRank", count(*) AS debriefs`, `d GROUP BY d.report_id, d.assessed_rank, d.report_rank`)} AS readings,
            ${aggregate(
              `mode() WITHIN GROUP (ORDER BY d.company) AS name, count(*) AS debriefs, array_agg(DISTINCT d.report_id) AS "peopleIds"`,
              `d WHERE d.company IS NOT NULL GROUP BY lower(d.company)`,
            )} AS companies`,
    [scope.organizationId, scope.managerId, [...new Set(scope.reportIds.filter(isUuid))], scope.since],
  );
  return {
    reportsManage: row.reports_manage,
    totals: row.totals,
    withoutCompany: row.without_company,
    stageKinds: row.stage_kinds as PerspectiveRows['stageKinds'],
    processes: row.processes as PerspectiveRows['processes'],
    stageCounts: row.stage_counts as PerspectiveRows['stageCounts'],
    themes: row.themes as PerspectiveRows['themes'],
    ratings: row.ratings as PerspectiveRows['ratings'],
    readings: row.readings as PerspectiveRows['readings'],
    companies: row.companies as PerspectiveRows['companies'],
  };
}

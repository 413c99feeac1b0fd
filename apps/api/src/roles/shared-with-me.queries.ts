import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/is-uuid';
import { StretchTagEnum } from './models/role-enums.graphql';
import type { RolePageQuery } from './role-pages.queries';

export interface SharedWithMeFilter {
  ownerId?: string | null;
  stretch?: StretchTagEnum | null;
}

/**
 * The stretch rule of @onward/domain's `stretchTag`, in SQL, so the inbox can be filtered by tag
 * page by page. Ranks are whole numbers; a missing level on either side is UNRATED. The roles
 * integration tests check that a filtered list agrees with the `stretch` field.
 */
const STRETCH_SQL = `CASE WHEN rl.rank IS NULL OR pl.rank IS NULL THEN 'UNRATED'
  WHEN rl.rank > pl.rank THEN 'STEP_UP' WHEN rl.rank < pl.rank THEN 'STEP_DOWN' ELSE 'SAME_LEVEL' END`;

// Matches no person: a malformed owner id filters everything out instead of failing in SQL.
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The roles the viewer's direct reports currently share with them: the manager half of the role
 * access check (RoleAccessService), written set-wise. One newest-first walk of
 * interesting_roles_shared_page_idx per direct report (or the one report asked for), so a page
 * reads at most (page size + 1) roles per report instead of sorting every role the team shared.
 */
export function sharedWithMeQuery(viewer: Viewer, filter: SharedWithMeFilter): RolePageQuery & { newCountSql: string } {
  const params: unknown[] = [viewer.organizationId, viewer.personId];
  const next = (value: unknown) => `$${params.push(value)}`;
  const owner = filter.ownerId ? ` AND report.id = ${next(isUuid(filter.ownerId) ? filter.ownerId : NOBODY)}::uuid` : '';
  const stretch = filter.stretch ? ` AND (${STRETCH_SQL}) = ${next(filter.stretch)}` : '';
  const reports = `people report LEFT JOIN levels pl ON pl.id = report.level_id AND pl.organization_id = report.organization_id`;
  const reportsWhere = `report.organization_id = $1 AND report.manager_id = $2${owner}`;
  const roles = `interesting_roles s LEFT JOIN levels rl ON rl.id = s.level_id AND rl.organization_id = s.organization_id`;
  const rolesWhere = `s.organization_id = $1 AND s.owner_id = report.id AND s.shared_at IS NOT NULL${stretch}`;
  const countOf = (extra: string) => `SELECT coalesce(sum(c.n), 0)::int AS count FROM ${reports} CROSS JOIN LATERAL (
       SELECT count(*) AS n FROM ${roles} WHERE ${rolesWhere}${extra}
     ) c
     WHERE ${reportsWhere}`;
  return {
    joins: 'JOIN people owner ON owner.id = r.owner_id AND owner.organization_id = r.organization_id',
    where: 'r.organization_id = $1 AND owner.manager_id = $2 AND r.shared_at IS NOT NULL',
    params,
    column: 'shared_at',
    narrow: (take, cursor) => `r.id IN (SELECT newest.id FROM ${reports} CROSS JOIN LATERAL (
         SELECT s.id, s.shared_at FROM ${roles}
         WHERE ${rolesWhere}${cursor}
         ORDER BY s.shared_at DESC, s.id DESC LIMIT ${take}) newest
       WHERE ${reportsWhere}
       ORDER BY newest.shared_at DESC, newest.id DESC LIMIT ${take})`,
    countSql: countOf(''),
    // New: shared (again) after the viewer last opened it, or never opened; as RoleSummary.unread reads it.
    newCountSql: countOf(` AND NOT EXISTS (
         SELECT 1 FROM role_views v WHERE v.organization_id = $1 AND v.viewer_id = $2 AND v.role_id = s.id AND v.viewed_at >= s.shared_at)`),
  };
}

export async function sharedNewCount(dataSource: DataSource, query: ReturnType<typeof sharedWithMeQuery>): Promise<number> {
  const rows: { count: number }[] = await dataSource.query(query.newCountSql, query.params);
  return rows[0].count;
}

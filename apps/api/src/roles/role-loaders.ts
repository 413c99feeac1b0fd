import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { LevelEntity } from '../ladder/level.entity';
import type { AccessibleRole, RoleAccessService } from './role-access.service';
import { RoleCommentEntity } from './role-comment.entity';
import { RoleInterviewEntity } from './role-interview.entity';
import { RoleViewEntity } from './role-view.entity';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Per-request loaders for what hangs off a role. Callers pass only ids of roles that already went
 * through the role access check; the organization filter is a second fence.
 */
export function createRoleLoaders(dataSource: DataSource, organizationId: string, viewer: Viewer | null, roleAccess: RoleAccessService) {
  return {
    /** Roles linked from debriefs and conversations, through the same access check as every read. */
    accessibleRoleById: new DataLoader<string, AccessibleRole | null>(async (ids) => {
      const allowed = viewer ? await roleAccess.accessible(viewer, ids) : new Map<string, AccessibleRole>();
      return ids.map((id) => allowed.get(id) ?? null);
    }),
    interviewsByRoleId: new DataLoader<string, RoleInterviewEntity[]>(async (ids) =>
      groupBy(ids, await dataSource.getRepository(RoleInterviewEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { heldOn: 'ASC', createdAt: 'ASC' } }), (r) => r.roleId),
    ),
    commentsByRoleId: new DataLoader<string, RoleCommentEntity[]>(async (ids) =>
      groupBy(ids, await dataSource.getRepository(RoleCommentEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { createdAt: 'ASC' } }), (c) => c.roleId),
    ),
    viewsByRoleId: new DataLoader<string, RoleViewEntity[]>(async (ids) =>
      groupBy(ids, await dataSource.getRepository(RoleViewEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { viewedAt: 'DESC' } }), (v) => v.roleId),
    ),
    /** The whole ladder of the organization, loaded once per request. */
    ladder: new DataLoader<string, LevelEntity[]>(async (orgIds) =>
      groupBy(orgIds, await dataSource.getRepository(LevelEntity).findBy({ organizationId: In([...orgIds]) }), (l) => l.organizationId),
    ),
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { groupBy, NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import type { AccessibleRole } from './role-access.service';
import { RoleAccessService } from './role-access.service';
import { RoleCommentEntity } from './role-comment.entity';
import { RoleInterviewEntity } from './role-interview.entity';
import { RoleViewEntity } from './role-view.entity';

export interface RoleLoaderSet {
  /** Roles linked from debriefs and conversations, through the same access check as every read. */
  accessibleRoleById: DataLoader<string, AccessibleRole | null>;
  interviewsByRoleId: DataLoader<string, RoleInterviewEntity[]>;
  commentsByRoleId: DataLoader<string, RoleCommentEntity[]>;
  viewsByRoleId: DataLoader<string, RoleViewEntity[]>;
  /** When the viewer last opened each role; drives the "new since shared" mark. */
  viewerLastOpenedByRoleId: DataLoader<string, Date | null>;
}

/**
 * Per-request loaders for what hangs off a role. Callers pass only ids of roles that already went
 * through the role access check; the organization filter is a second fence.
 */
@Injectable()
export class RoleLoaders extends RequestLoaderFactory<RoleLoaderSet> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoleAccessService,
  ) {
    super();
  }

  create(viewer: Viewer | null): RoleLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    const repo = <T extends object>(entity: new () => T) => this.dataSource.getRepository(entity);
    return {
      accessibleRoleById: new DataLoader(async (ids) => {
        const allowed = viewer ? await this.access.accessible(viewer, ids) : new Map<string, AccessibleRole>();
        return ids.map((id) => allowed.get(id) ?? null);
      }),
      interviewsByRoleId: new DataLoader(async (ids) =>
        groupBy(ids, await repo(RoleInterviewEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { heldOn: 'ASC', createdAt: 'ASC' } }), (r) => r.roleId),
      ),
      commentsByRoleId: new DataLoader(async (ids) =>
        groupBy(ids, await repo(RoleCommentEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { createdAt: 'ASC' } }), (c) => c.roleId),
      ),
      viewsByRoleId: new DataLoader(async (ids) =>
        groupBy(ids, await repo(RoleViewEntity).find({ where: { roleId: In([...ids]), organizationId }, order: { viewedAt: 'DESC' } }), (v) => v.roleId),
      ),
      viewerLastOpenedByRoleId: new DataLoader(async (ids) => {
        if (!viewer) return ids.map(() => null);
        const rows: { role_id: string; last: Date }[] = await this.dataSource.query(
          `SELECT role_id, max(viewed_at) AS last FROM role_views
            WHERE organization_id = $1 AND viewer_id = $2 AND role_id = ANY($3::uuid[]) GROUP BY role_id`,
          [organizationId, viewer.personId, [...ids]],
        );
        const last = new Map(rows.map((row) => [row.role_id, row.last]));
        return ids.map((id) => last.get(id) ?? null);
      }),
    };
  }
}

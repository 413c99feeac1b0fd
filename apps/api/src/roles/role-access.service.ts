import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { InterestingRoleEntity } from './interesting-role.entity';
import { RoleRelation } from './models/role-enums.graphql';
import { RoleViewEntity } from './role-view.entity';
import { RolesException, RolesExceptionCode } from './roles.exception';

export interface AccessibleRole {
  role: InterestingRoleEntity;
  relation: RoleRelation;
}

/**
 * The one access check for interesting roles, used by every read and write. The owner sees their
 * role; their *current* manager sees it only while it is shared. Everyone else — a former manager,
 * a skip-level, a peer, an admin, another organization — gets exactly what a missing id gets.
 */
@Injectable()
export class RoleAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The roles among `ids` the viewer may see, keyed by id; one statement whatever the count. */
  async accessible(viewer: Viewer, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AccessibleRole>> {
    const result = new Map<string, AccessibleRole>();
    if (ids.length === 0) return result;
    const { entities, raw } = await manager
      .getRepository(InterestingRoleEntity)
      .createQueryBuilder('r')
      .innerJoin('people', 'owner', 'owner.id = r.owner_id AND owner.organization_id = r.organization_id')
      .addSelect('owner.manager_id', 'owner_manager_id')
      .where('r.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .andWhere('r.organization_id = :org', { org: viewer.organizationId })
      .getRawAndEntities();
    entities.forEach((role, index) => {
      const relation = this.relationOf(viewer, role, raw[index].owner_manager_id as string | null);
      if (relation) result.set(role.id, { role, relation });
    });
    return result;
  }

  /** One role the viewer may see, or ROLE_NOT_FOUND. `ownerOnly` refuses the manager too. */
  async require(viewer: Viewer, id: string, options: { ownerOnly?: boolean; manager?: EntityManager } = {}): Promise<AccessibleRole> {
    const found = (await this.accessible(viewer, [id], options.manager)).get(id);
    if (!found) throw new RolesException(RolesExceptionCode.ROLE_NOT_FOUND, 'No such role.');
    if (options.ownerOnly && found.relation !== RoleRelation.OWNER) {
      throw new RolesException(RolesExceptionCode.OWNER_ONLY, 'Only the person who keeps this role can do that.');
    }
    return found;
  }

  /**
   * The owner's access log: every time someone else gets a role's detail (checklist, message,
   * interviews, thread), whatever operation handed it out. Lists hand out summaries and log nothing.
   */
  async logDetailRead(viewer: Viewer, found: AccessibleRole, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (found.relation === RoleRelation.OWNER) return;
    await manager.getRepository(RoleViewEntity).insert({ organizationId: found.role.organizationId, roleId: found.role.id, viewerId: viewer.personId, viewedAt: this.clock.now() });
  }

  /** A role a debrief or conversation may link to: one the report currently shares with the viewer. */
  async requireSharedRoleOf(viewer: Viewer, roleId: string, reportId: string, manager?: EntityManager): Promise<InterestingRoleEntity> {
    const found = (await this.accessible(viewer, [roleId], manager)).get(roleId);
    if (!found || found.role.ownerId !== reportId || found.role.sharedAt === null) {
      throw new RolesException(RolesExceptionCode.ROLE_NOT_LINKABLE, 'That role is not one this report shares with you.');
    }
    return found.role;
  }

  private relationOf(viewer: Viewer, role: InterestingRoleEntity, ownerManagerId: string | null): RoleRelation | null {
    if (role.ownerId === viewer.personId) return RoleRelation.OWNER;
    if (role.sharedAt !== null && ownerManagerId === viewer.personId) return RoleRelation.MANAGER;
    return null;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { ReportChanges } from '../common/report-changes/report-changes';
import type { ConnectionShape } from '../common/graphql/connection';
import { LadderService } from '../ladder/ladder.service';
import { currentManagers } from '../report-access/report-access.queries';
import { CreateInterestingRoleInput, UpdateInterestingRoleInput } from './dto/interesting-role.input';
import { InterestingRoleEntity } from './interesting-role.entity';
import { InterestingRole } from './models/interesting-role.model';
import { RoleSummary } from './models/role-summary.model';
import { RoleRelation } from './models/role-enums.graphql';
import { RoleAccessService } from './role-access.service';
import { LevelSource, RoleOutcome, RoleSource } from './role-enums';
import { RoleLevelService } from './role-level.service';
import { rolePage } from './role-pages.queries';
import { sharedNewCount, SharedWithMeFilter, sharedWithMeQuery } from './shared-with-me.queries';
import { RolesException, RolesExceptionCode } from './roles.exception';

/** Optional text: trimmed, and empty means "not given". */
function text(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

type RoleFields = Omit<Partial<InterestingRoleEntity>, 'id' | 'organizationId' | 'ownerId'>;

function fieldsFrom(input: UpdateInterestingRoleInput): RoleFields {
  const fields: RoleFields = {};
  const set = <K extends keyof RoleFields>(key: K, value: RoleFields[K] | undefined) => {
    if (value !== undefined) fields[key] = value;
  };
  set('title', input.title?.trim());
  set('company', input.company === undefined ? undefined : text(input.company));
  set('url', input.url === undefined ? undefined : text(input.url));
  set('location', input.location === undefined ? undefined : text(input.location));
  set('remote', input.remote ?? undefined);
  set('description', input.description === undefined ? undefined : text(input.description));
  set('source', input.source ?? undefined);
  set('employmentTypes', input.employmentTypes === undefined ? undefined : (input.employmentTypes ?? []).map((t) => t.trim()).filter(Boolean));
  set('salaryMin', input.salaryMin);
  set('salaryMax', input.salaryMax);
  set('salaryCurrency', input.salaryCurrency === undefined ? undefined : text(input.salaryCurrency)?.toUpperCase() ?? null);
  set('salaryUnit', input.salaryUnit === undefined ? undefined : text(input.salaryUnit)?.toUpperCase() ?? null);
  set('datePosted', input.datePosted === undefined ? undefined : text(input.datePosted));
  set('validThrough', input.validThrough === undefined ? undefined : text(input.validThrough));
  set('toldNotLooking', input.toldNotLooking ?? undefined);
  set('myWhy', input.myWhy === undefined ? undefined : text(input.myWhy));
  set('whyTheyReachedOut', input.whyTheyReachedOut === undefined ? undefined : text(input.whyTheyReachedOut));
  set('jobDescriptionReceived', input.jobDescriptionReceived ?? undefined);
  set('whatWouldItTake', input.whatWouldItTake === undefined ? undefined : text(input.whatWouldItTake));
  set('whatWouldItTakeShared', input.whatWouldItTakeShared ?? undefined);
  set('outcome', input.outcome ?? undefined);
  return fields;
}

function assertSalaryRange(min: number | null | undefined, max: number | null | undefined): void {
  if (min != null && max != null && min > max) {
    throw new RolesException(RolesExceptionCode.SALARY_RANGE, 'The salary’s lower bound is above its upper bound.');
  }
}

/** Interesting roles: the owner keeps, edits, shares and deletes them; their current manager reads shared ones. */
@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoleAccessService,
    private readonly levels: RoleLevelService,
    private readonly clock: Clock,
    private readonly ladder: LadderService,
    private readonly reportChanges: ReportChanges,
  ) {}

  async create(viewer: Viewer, input: CreateInterestingRoleInput): Promise<InterestingRole> {
    const fields = fieldsFrom(input);
    assertSalaryRange(fields.salaryMin, fields.salaryMax);
    return this.dataSource.transaction(async (manager) => {
      const inferred = await this.levels.inferFor(manager, viewer.organizationId, fields.title!);
      const repo = manager.getRepository(InterestingRoleEntity);
      const { identifiers } = await repo.insert({
        ...fields,
        source: fields.source ?? RoleSource.FOUND_IT,
        outcome: fields.outcome ?? RoleOutcome.CONSIDERING,
        organizationId: viewer.organizationId,
        ownerId: viewer.personId,
        levelSource: LevelSource.INFERRED,
        ...inferred,
      });
      return InterestingRole.from(await repo.findOneByOrFail({ id: identifiers[0].id as string }), RoleRelation.OWNER);
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateInterestingRoleInput): Promise<InterestingRole> {
    return this.dataSource.transaction(async (manager) => {
      const { role } = await this.access.require(viewer, id, { ownerOnly: true, manager });
      const fields = fieldsFrom(input);
      assertSalaryRange(fields.salaryMin === undefined ? role.salaryMin : fields.salaryMin, fields.salaryMax === undefined ? role.salaryMax : fields.salaryMax);
      if (fields.title && fields.title !== role.title && role.levelSource === LevelSource.INFERRED) {
        Object.assign(fields, await this.levels.inferFor(manager, viewer.organizationId, fields.title));
      }
      if (Object.keys(fields).length > 0) await manager.getRepository(InterestingRoleEntity).update({ id: role.id }, fields);
      return this.reload(manager, role.id, RoleRelation.OWNER);
    });
  }

  /** Deletes for good, with its interviews, comments and access log. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const { role } = await this.access.require(viewer, id, { ownerOnly: true, manager });
      await manager.getRepository(InterestingRoleEntity).delete({ id: role.id });
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
      return role.id;
    });
  }

  async share(viewer: Viewer, id: string, message: string | null | undefined): Promise<InterestingRole> {
    return this.dataSource.transaction(async (manager) => {
      const { role } = await this.access.require(viewer, id, { ownerOnly: true, manager });
      if (!(await currentManagers(manager, viewer.organizationId, [viewer.personId])).has(viewer.personId)) {
        throw new RolesException(RolesExceptionCode.NO_MANAGER, 'You have no manager in Onward to share with; ask your admin to set one.');
      }
      await manager.getRepository(InterestingRoleEntity).update({ id: role.id }, { sharedAt: this.clock.now(), shareMessage: text(message) });
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
      return this.reload(manager, role.id, RoleRelation.OWNER);
    });
  }

  /** Takes effect on the manager's next request: the access check reads `shared_at` every time. */
  async revoke(viewer: Viewer, id: string): Promise<InterestingRole> {
    return this.dataSource.transaction(async (manager) => {
      const { role } = await this.access.require(viewer, id, { ownerOnly: true, manager });
      await manager.getRepository(InterestingRoleEntity).update({ id: role.id }, { sharedAt: null, shareMessage: null });
      await this.reportChanges.changed(manager, viewer.organizationId, [viewer.personId]);
      return this.reload(manager, role.id, RoleRelation.OWNER);
    });
  }

  /** The owner or their manager overrides the level; `null` returns to the inferred level. */
  async setLevel(viewer: Viewer, id: string, levelKey: string | null | undefined): Promise<InterestingRole> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.access.require(viewer, id, { manager });
      const { role, relation } = found;
      if (!levelKey) {
        const inferred = await this.levels.inferFor(manager, viewer.organizationId, role.title);
        await manager.getRepository(InterestingRoleEntity).update(
          { id: role.id },
          { ...inferred, levelSource: LevelSource.INFERRED, levelSetById: null, levelSetAt: null },
        );
      } else {
        const level = await this.ladder.findByKey(viewer.organizationId, levelKey, manager);
        if (!level) throw new RolesException(RolesExceptionCode.UNKNOWN_LEVEL, `"${levelKey}" is not a level of this organization’s ladder.`);
        await manager.getRepository(InterestingRoleEntity).update(
          { id: role.id },
          {
            levelId: level.id,
            levelConfidence: null,
            levelSource: relation === RoleRelation.OWNER ? LevelSource.OWNER : LevelSource.MANAGER,
            levelSetById: viewer.personId,
            levelSetAt: this.clock.now(),
          },
        );
      }
      // The manager gets the role's detail back: that is a read, so it goes into the access log.
      await this.access.logDetailRead(viewer, found, manager);
      await this.reportChanges.changed(manager, viewer.organizationId, [role.ownerId]);
      return this.reload(manager, role.id, relation);
    });
  }

  async listMine(viewer: Viewer, first: number, after?: string): Promise<ConnectionShape<InterestingRole>> {
    return rolePage(
      this.dataSource,
      { where: 'r.organization_id = $1 AND r.owner_id = $2', params: [viewer.organizationId, viewer.personId], column: 'created_at' },
      first,
      after,
      (r) => InterestingRole.from(r, RoleRelation.OWNER),
    );
  }

  /**
   * Roles the viewer's direct reports currently share with them, most recently shared first,
   * optionally of one report or one stretch tag; with how many of those are new to the viewer.
   */
  async sharedWithMe(viewer: Viewer, first: number, after?: string, filter: SharedWithMeFilter = {}): Promise<ConnectionShape<RoleSummary> & { newCount: number }> {
    const query = sharedWithMeQuery(viewer, filter);
    const [page, newCount] = await Promise.all([
      rolePage(this.dataSource, query, first, after, (r) => RoleSummary.from(r, RoleRelation.MANAGER)),
      sharedNewCount(this.dataSource, query),
    ]);
    return { ...page, newCount };
  }

  /** A role deleted by another request after this one's access check is gone for this one too. */
  private async reload(manager: EntityManager, id: string, relation: RoleRelation): Promise<InterestingRole> {
    const role = await manager.getRepository(InterestingRoleEntity).findOneBy({ id });
    if (!role) throw new RolesException(RolesExceptionCode.ROLE_NOT_FOUND, 'No such role.');
    return InterestingRole.from(role, relation);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEBRIEF_CONTENT_RULE, debriefHasContent } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItemsService } from '../action-items/action-items.service';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { ReportChanges } from '../common/report-changes/report-changes';
import { LadderService } from '../ladder/ladder.service';
import { canSee, ReportAccessService } from '../report-access/report-access.service';
import { RoleAccessService } from '../roles/role-access.service';
import { DebriefEntity } from './debrief.entity';
import { DebriefsException, DebriefsExceptionCode } from './debriefs.exception';
import { CreateDebriefInput, UpdateDebriefInput } from './dto/debrief.input';
import { Debrief } from './models/debrief.model';

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Debriefs belong to the report. The report sees all of theirs; their current manager sees the ones
 * they held, and earlier managers' only while the report shares those; only the manager writes them.
 */
@Injectable()
export class DebriefsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportAccessService,
    private readonly roles: RoleAccessService,
    private readonly ladder: LadderService,
    private readonly actionItems: ActionItemsService,
    private readonly clock: Clock,
    private readonly reportChanges: ReportChanges,
  ) {}

  async create(viewer: Viewer, input: CreateDebriefInput): Promise<Debrief> {
    return this.dataSource.transaction(async (manager) => {
      await this.reports.require(viewer, input.reportId, { managerOnly: true, manager });
      const fields = await this.fields(manager, viewer, input.reportId, input);
      assertHasContent(fields);
      const repo = manager.getRepository(DebriefEntity);
      const { identifiers } = await repo.insert({ ...fields, organizationId: viewer.organizationId, reportId: input.reportId, heldById: viewer.personId });
      const id = identifiers[0].id as string;
      await this.actionItems.insertMany(manager, { organizationId: viewer.organizationId, reportId: input.reportId, debriefId: id }, input.actionItems ?? [], viewer.personId);
      await this.reportChanges.changed(manager, viewer.organizationId, [input.reportId]);
      return Debrief.from(await repo.findOneByOrFail({ id }));
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateDebriefInput): Promise<Debrief> {
    return this.dataSource.transaction(async (manager) => {
      const debrief = await this.getOwn(viewer, id, manager, 'edit');
      const fields = await this.fields(manager, viewer, debrief.reportId, input);
      assertHasContent({ ...debrief, ...fields });
      if (Object.keys(fields).length > 0) await manager.getRepository(DebriefEntity).update({ id: debrief.id }, fields);
      if (fields.heldOn !== undefined || fields.roleId !== undefined) await this.reportChanges.changed(manager, viewer.organizationId, [debrief.reportId]);
      // Deleted meanwhile by another request of the same manager: not found, not a fault.
      const now = await manager.getRepository(DebriefEntity).findOneBy({ id: debrief.id });
      if (!now) throw new DebriefsException(DebriefsExceptionCode.DEBRIEF_NOT_FOUND, 'No such debrief.');
      return Debrief.from(now);
    });
  }

  /**
   * Deletes a debrief with its action items (their foreign key cascades, in this statement). The
   * cadence, the nudges and the dashboards read what remains: it stops counting as practice at once.
   */
  async delete(viewer: Viewer, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const debrief = await this.getOwn(viewer, id, manager, 'delete');
      await manager.getRepository(DebriefEntity).delete({ id: debrief.id, organizationId: viewer.organizationId });
      await this.reportChanges.changed(manager, viewer.organizationId, [debrief.reportId]);
      return debrief.id;
    });
  }

  async list(viewer: Viewer, reportId: string): Promise<Debrief[]> {
    const access = await this.reports.require(viewer, reportId);
    const rows = await this.dataSource
      .getRepository(DebriefEntity)
      .find({ where: { organizationId: viewer.organizationId, reportId }, order: { heldOn: 'DESC', createdAt: 'DESC' } });
    return rows.filter((row) => canSee(viewer, access, row)).map(Debrief.from);
  }

  async read(viewer: Viewer, id: string): Promise<Debrief> {
    return Debrief.from(await this.get(viewer, id));
  }

  /** A debrief the viewer may see, or DEBRIEF_NOT_FOUND (also for one they may not). */
  private async get(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<DebriefEntity> {
    const debrief = isUuid(id) ? await manager.getRepository(DebriefEntity).findOneBy({ id, organizationId: viewer.organizationId }) : null;
    if (!debrief || !(await this.reports.canSee(viewer, debrief, manager))) throw new DebriefsException(DebriefsExceptionCode.DEBRIEF_NOT_FOUND, 'No such debrief.');
    return debrief;
  }

  /**
   * A debrief the viewer held with a report they manage now. A former manager gets NOT_FOUND (they
   * lost it with the reporting line); the current manager reading an earlier manager's debrief,
   * shared with them, may read it but not change it.
   */
  private async getOwn(viewer: Viewer, id: string, manager: EntityManager, action: 'edit' | 'delete'): Promise<DebriefEntity> {
    const debrief = await this.get(viewer, id, manager);
    await this.reports.require(viewer, debrief.reportId, { managerOnly: true, manager });
    if (debrief.heldById !== viewer.personId) {
      throw new DebriefsException(DebriefsExceptionCode.HELD_BY_SOMEONE_ELSE, `Only the manager who held this debrief can ${action} it.`);
    }
    return debrief;
  }

  private async fields(manager: EntityManager, viewer: Viewer, reportId: string, input: UpdateDebriefInput): Promise<Partial<DebriefEntity>> {
    const fields: Partial<DebriefEntity> = {};
    if (input.heldOn !== undefined) {
      if (this.clock.isAfterTodayEverywhere(input.heldOn)) throw new DebriefsException(DebriefsExceptionCode.IN_THE_FUTURE, 'A debrief is written after it is held: heldOn cannot be in the future.');
      fields.heldOn = input.heldOn;
    }
    if (input.roleId !== undefined) {
      fields.roleId = input.roleId ? (await this.roles.requireSharedRoleOf(viewer, input.roleId, reportId, manager)).id : null;
    }
    if (input.assessedLevelKey !== undefined) {
      fields.assessedLevelId = null;
      if (input.assessedLevelKey) {
        const level = await this.ladder.findByKey(viewer.organizationId, input.assessedLevelKey, manager);
        if (!level) throw new DebriefsException(DebriefsExceptionCode.UNKNOWN_LEVEL, `"${input.assessedLevelKey}" is not a level of this organization’s ladder.`);
        fields.assessedLevelId = level.id;
      }
    }
    if (input.wentWell !== undefined) fields.wentWell = text(input.wentWell);
    if (input.couldBeBetter !== undefined) fields.couldBeBetter = text(input.couldBeBetter);
    if (input.thirdPartyFeedback !== undefined) fields.thirdPartyFeedback = text(input.thirdPartyFeedback);
    if (input.assessedLevelLabel !== undefined) fields.assessedLevelLabel = text(input.assessedLevelLabel);
    if (input.outcome !== undefined) fields.outcome = input.outcome ?? null;
    if (input.stages !== undefined) fields.stages = input.stages ?? [];
    if (input.stageCount !== undefined) fields.stageCount = input.stageCount ?? null;
    if (input.themes !== undefined) fields.themes = [...new Set((input.themes ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (input.ratings !== undefined) {
      const r = input.ratings ?? {};
      Object.assign(fields, {
        ratingStartedOnTime: r.startedOnTime ?? null,
        ratingRoleClearlyExplained: r.roleClearlyExplained ?? null,
        ratingInterviewersPrepared: r.interviewersPrepared ?? null,
        ratingTreatedWithRespect: r.treatedWithRespect ?? null,
        ratingChallenging: r.challenging ?? null,
      });
    }
    return fields;
  }
}

function assertHasContent(debrief: Partial<DebriefEntity>): void {
  const content = { ...debrief, assessedLevel: debrief.assessedLevelId };
  if (!debriefHasContent(content)) throw new DebriefsException(DebriefsExceptionCode.EMPTY_DEBRIEF, DEBRIEF_CONTENT_RULE);
}

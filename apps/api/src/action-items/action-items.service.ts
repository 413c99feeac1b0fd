import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { recordVisibleToManagerSql } from '../report-access/report-access.queries';
import { GrowthRecord, ReportAccessService, ReportRelation } from '../report-access/report-access.service';
import { ActionItemEntity } from './action-item.entity';
import { ActionItemsException, ActionItemsExceptionCode } from './action-items.exception';
import { AddActionItemInput, NewActionItemInput, UpdateActionItemInput } from './dto/action-item.input';
import { ActionItem, ActionItemStatus } from './models/action-item.model';

export interface ActionItemParent {
  organizationId: string;
  reportId: string;
  debriefId?: string;
  conversationId?: string;
}

const STATUS_FILTER: Record<ActionItemStatus, string> = {
  OPEN: 'AND a.done_at IS NULL',
  DONE: 'AND a.done_at IS NOT NULL',
  ALL: '',
};

/** An item's record is visible to the viewer as a manager (see ReportAccessService for the rule). */
const VISIBLE_TO_ME = recordVisibleToManagerSql({ organizationId: 'a.organization_id', reportId: 'a.report_id', heldById: 'COALESCE(d.held_by_id, c.held_by_id)' }, ':me');

/**
 * Action items on a report's debriefs and conversations; they follow their record: the report and
 * whichever current manager may see the record work them.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly clock: Clock,
  ) {}

  /** Writes items together with their debrief or conversation, inside its transaction. */
  async insertMany(manager: EntityManager, parent: ActionItemParent, items: NewActionItemInput[], createdById: string): Promise<void> {
    if (items.length === 0) return;
    await manager.getRepository(ActionItemEntity).insert(
      items.map((item) => ({
        organizationId: parent.organizationId,
        reportId: parent.reportId,
        debriefId: parent.debriefId ?? null,
        conversationId: parent.conversationId ?? null,
        owner: item.owner,
        text: item.text.trim(),
        dueOn: item.dueOn ?? null,
        createdById,
      })),
    );
  }

  async add(viewer: Viewer, input: AddActionItemInput): Promise<ActionItem> {
    // An empty id is no id: "" beside a real one would pass the one-parent check and reach the insert.
    const debriefId = input.debriefId?.trim() || null;
    const conversationId = input.conversationId?.trim() || null;
    if (!debriefId === !conversationId) {
      throw new ActionItemsException(ActionItemsExceptionCode.ONE_PARENT, 'Give either a debrief or a conversation, not both or neither.');
    }
    const table = debriefId ? 'debriefs' : 'conversations';
    const parentId = (debriefId ?? conversationId)!;
    const rows: { report_id: string; held_by_id: string }[] = isUuid(parentId)
      ? await this.dataSource.query(`SELECT report_id, held_by_id FROM ${table} WHERE id = $1 AND organization_id = $2`, [parentId, viewer.organizationId])
      : [];
    const parent: GrowthRecord | null = rows[0] ? { reportId: rows[0].report_id, heldById: rows[0].held_by_id } : null;
    if (!parent || !(await this.access.canSee(viewer, parent))) {
      throw new ActionItemsException(ActionItemsExceptionCode.PARENT_NOT_FOUND, `No such ${debriefId ? 'debrief' : 'conversation'}.`);
    }
    const repo = this.dataSource.getRepository(ActionItemEntity);
    const { identifiers } = await repo.insert({
      organizationId: viewer.organizationId,
      reportId: parent.reportId,
      debriefId,
      conversationId,
      owner: input.owner,
      text: input.text.trim(),
      dueOn: input.dueOn ?? null,
      createdById: viewer.personId,
    });
    return ActionItem.from(await repo.findOneByOrFail({ id: identifiers[0].id as string }));
  }

  /** Marks an item done (or open again); either the report or their current manager may. */
  async setDone(viewer: Viewer, id: string, done: boolean): Promise<ActionItem> {
    const repo = this.dataSource.getRepository(ActionItemEntity);
    const item = await this.visibleItem(viewer, id);
    if (done !== (item.doneAt !== null)) await repo.update({ id: item.id }, { doneAt: done ? this.clock.now() : null });
    return ActionItem.from(await stillThere(repo, item.id));
  }

  /** Rewords an item or moves its due day: only whoever wrote it, while they may still see it. */
  async update(viewer: Viewer, id: string, input: UpdateActionItemInput): Promise<ActionItem> {
    const repo = this.dataSource.getRepository(ActionItemEntity);
    const item = await this.ownItem(viewer, id, 'change');
    const fields: Partial<ActionItemEntity> = {};
    if (input.text !== undefined) fields.text = input.text.trim();
    if (input.dueOn !== undefined) fields.dueOn = input.dueOn ?? null;
    if (Object.keys(fields).length > 0) await repo.update({ id: item.id }, fields);
    return ActionItem.from(await stillThere(repo, item.id));
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    const item = await this.ownItem(viewer, id, 'delete');
    await this.dataSource.getRepository(ActionItemEntity).delete({ id: item.id, organizationId: viewer.organizationId });
    return item.id;
  }

  /** The item, if the viewer may see its debrief or conversation; ACTION_ITEM_NOT_FOUND otherwise. */
  private async visibleItem(viewer: Viewer, id: string): Promise<ActionItemEntity> {
    // The item with the holder of its debrief or conversation, in one statement.
    const found = isUuid(id)
      ? await this.withParent()
          .addSelect('COALESCE(d.held_by_id, c.held_by_id)', 'held_by_id')
          .where('a.id = :id AND a.organization_id = :org', { id, org: viewer.organizationId })
          .getRawAndEntities()
      : { entities: [], raw: [] };
    const item = found.entities[0];
    if (!item || !(await this.access.canSee(viewer, { reportId: item.reportId, heldById: found.raw[0].held_by_id as string }))) {
      throw new ActionItemsException(ActionItemsExceptionCode.ACTION_ITEM_NOT_FOUND, 'No such action item.');
    }
    return item;
  }

  /**
   * An item the viewer wrote and may still see: a former manager who wrote it lost it with the
   * reporting line; the report and the manager each change only their own wording.
   */
  private async ownItem(viewer: Viewer, id: string, action: 'change' | 'delete'): Promise<ActionItemEntity> {
    const item = await this.visibleItem(viewer, id);
    if (item.createdById !== viewer.personId) {
      throw new ActionItemsException(ActionItemsExceptionCode.WRITTEN_BY_SOMEONE_ELSE, `Only whoever wrote this action item can ${action} it.`);
    }
    return item;
  }

  /** The viewer's own items, and those of their current direct reports on records the viewer may see. */
  async mine(viewer: Viewer, status: ActionItemStatus): Promise<ActionItem[]> {
    const rows = await this.withParent()
      .where('a.organization_id = :org', { org: viewer.organizationId })
      .andWhere(
        `(a.report_id = :me OR (a.report_id IN (SELECT id FROM people WHERE manager_id = :me AND organization_id = :org) AND ${VISIBLE_TO_ME})) ${STATUS_FILTER[status]}`,
        { me: viewer.personId },
      )
      .orderBy('a.done_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .limit(500)
      .getMany();
    return rows.map(ActionItem.from);
  }

  async forReport(viewer: Viewer, reportId: string, status: ActionItemStatus): Promise<ActionItem[]> {
    const access = await this.access.require(viewer, reportId);
    const seesAll = access.relation === ReportRelation.SELF || access.seesEarlierRecords;
    const rows = await this.withParent()
      .where(`a.organization_id = :org AND a.report_id = :reportId ${STATUS_FILTER[status]}`, { org: viewer.organizationId, reportId })
      .andWhere(seesAll ? 'true' : 'COALESCE(d.held_by_id, c.held_by_id) = :me', { me: viewer.personId })
      .orderBy('a.done_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .getMany();
    return rows.map(ActionItem.from);
  }

  /** Items with the debrief or conversation they belong to, whose holder decides who sees them. */
  private withParent() {
    return this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .leftJoin('debriefs', 'd', 'd.id = a.debrief_id')
      .leftJoin('conversations', 'c', 'c.id = a.conversation_id');
  }
}

/** The item as it is now; one deleted meanwhile (with it, or with its debrief or conversation) is not found, not a fault. */
async function stillThere(repo: Repository<ActionItemEntity>, id: string): Promise<ActionItemEntity> {
  const item = await repo.findOneBy({ id });
  if (!item) throw new ActionItemsException(ActionItemsExceptionCode.ACTION_ITEM_NOT_FOUND, 'No such action item.');
  return item;
}

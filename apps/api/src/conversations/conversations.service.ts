import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { agendaAnswerProblems, CONVERSATION_CONTENT_RULE, conversationHasContent, orderedAnswers, type AgendaAnswer, type ConversationKind } from '@onward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItemsService } from '../action-items/action-items.service';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { ReportChanges } from '../common/report-changes/report-changes';
import { canSee, ReportAccessService } from '../report-access/report-access.service';
import { RoleAccessService } from '../roles/role-access.service';
import { ConversationEntity } from './conversation.entity';
import { ConversationsException, ConversationsExceptionCode } from './conversations.exception';
import { ConversationKindEnum, HoldConversationInput, UpdateConversationInput } from './dto/hold-conversation.input';
import { Conversation } from './models/conversation.model';

/**
 * Growth conversations belong to the report. The report sees all of theirs; their current manager
 * sees the ones they held, and earlier managers' only while the report shares those; the manager records them.
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportAccessService,
    private readonly roles: RoleAccessService,
    private readonly actionItems: ActionItemsService,
    private readonly clock: Clock,
    private readonly reportChanges: ReportChanges,
  ) {}

  async hold(viewer: Viewer, input: HoldConversationInput): Promise<Conversation> {
    this.checkAnswers(input.kind, input.answers);
    this.checkHeldOn(input.heldOn);
    if (input.roleId && input.kind !== ConversationKindEnum.SATISFACTION) {
      throw new ConversationsException(ConversationsExceptionCode.ROLE_ONLY_FOR_SATISFACTION, 'Only a satisfaction conversation is started from a shared role.');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.reports.require(viewer, input.reportId, { managerOnly: true, manager });
      const roleId = input.roleId ? (await this.roles.requireSharedRoleOf(viewer, input.roleId, input.reportId, manager)).id : null;
      const answers = orderedAnswers(input.kind, input.answers);
      const notes = input.notes?.trim() || null;
      assertHasContent(answers, notes);
      const repo = manager.getRepository(ConversationEntity);
      const { identifiers } = await repo.insert({
        organizationId: viewer.organizationId,
        reportId: input.reportId,
        heldById: viewer.personId,
        kind: input.kind,
        roleId,
        heldOn: input.heldOn,
        answers,
        notes,
      });
      const id = identifiers[0].id as string;
      await this.actionItems.insertMany(manager, { organizationId: viewer.organizationId, reportId: input.reportId, conversationId: id }, input.actionItems ?? [], viewer.personId);
      if (input.kind !== ConversationKindEnum.CAREER) await this.reportChanges.changed(manager, viewer.organizationId, [input.reportId]);
      return Conversation.from(await repo.findOneByOrFail({ id }));
    });
  }

  /** The manager who held it corrects or completes it; its kind stays. */
  async update(viewer: Viewer, id: string, input: UpdateConversationInput): Promise<Conversation> {
    if (input.heldOn !== undefined) this.checkHeldOn(input.heldOn);
    return this.dataSource.transaction(async (manager) => {
      const conversation = await this.getOwn(viewer, id, manager, 'edit');
      const fields: Partial<ConversationEntity> = {};
      if (input.heldOn !== undefined) fields.heldOn = input.heldOn;
      if (input.answers !== undefined) {
        this.checkAnswers(conversation.kind, input.answers);
        fields.answers = orderedAnswers(conversation.kind, input.answers);
      }
      if (input.notes !== undefined) fields.notes = input.notes?.trim() || null;
      if (input.roleId !== undefined) {
        if (input.roleId && conversation.kind !== ConversationKindEnum.SATISFACTION) {
          throw new ConversationsException(ConversationsExceptionCode.ROLE_ONLY_FOR_SATISFACTION, 'Only a satisfaction conversation is started from a shared role.');
        }
        fields.roleId = input.roleId ? (await this.roles.requireSharedRoleOf(viewer, input.roleId, conversation.reportId, manager)).id : null;
      }
      assertHasContent(fields.answers ?? conversation.answers, fields.notes !== undefined ? fields.notes : conversation.notes);
      const repo = manager.getRepository(ConversationEntity);
      if (Object.keys(fields).length > 0) await repo.update({ id: conversation.id }, fields);
      if (conversation.kind !== ConversationKindEnum.CAREER && (fields.heldOn !== undefined || fields.roleId !== undefined)) {
        await this.reportChanges.changed(manager, viewer.organizationId, [conversation.reportId]);
      }
      // Deleted meanwhile by another request of the same manager: not found, not a fault.
      const now = await repo.findOneBy({ id: conversation.id });
      if (!now) throw new ConversationsException(ConversationsExceptionCode.CONVERSATION_NOT_FOUND, 'No such conversation.');
      return Conversation.from(now);
    });
  }

  /**
   * Deletes a conversation with its action items (their foreign key cascades, in this statement).
   * The cadence, the nudges and the dashboards read what remains: it stops counting at once.
   */
  async delete(viewer: Viewer, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const conversation = await this.getOwn(viewer, id, manager, 'delete');
      await manager.getRepository(ConversationEntity).delete({ id: conversation.id, organizationId: viewer.organizationId });
      if (conversation.kind !== ConversationKindEnum.CAREER) await this.reportChanges.changed(manager, viewer.organizationId, [conversation.reportId]);
      return conversation.id;
    });
  }

  async list(viewer: Viewer, reportId: string, kind?: ConversationKindEnum | null): Promise<Conversation[]> {
    const access = await this.reports.require(viewer, reportId);
    const rows = await this.dataSource.getRepository(ConversationEntity).find({
      where: { organizationId: viewer.organizationId, reportId, ...(kind ? { kind } : {}) },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.filter((row) => canSee(viewer, access, row)).map(Conversation.from);
  }

  async read(viewer: Viewer, id: string): Promise<Conversation> {
    return Conversation.from(await this.get(viewer, id));
  }

  /** A conversation the viewer may see, or CONVERSATION_NOT_FOUND (also for one they may not). */
  private async get(viewer: Viewer, id: string, manager: EntityManager = this.dataSource.manager): Promise<ConversationEntity> {
    const conversation = isUuid(id) ? await manager.getRepository(ConversationEntity).findOneBy({ id, organizationId: viewer.organizationId }) : null;
    if (!conversation || !(await this.reports.canSee(viewer, conversation, manager))) throw new ConversationsException(ConversationsExceptionCode.CONVERSATION_NOT_FOUND, 'No such conversation.');
    return conversation;
  }

  /**
   * A conversation the viewer held with a report they manage now. A former manager gets NOT_FOUND
   * (they lost it with the reporting line); the current manager reading an earlier manager's
   * conversation, shared with them, may read it but not change it.
   */
  private async getOwn(viewer: Viewer, id: string, manager: EntityManager, action: 'edit' | 'delete'): Promise<ConversationEntity> {
    const conversation = await this.get(viewer, id, manager);
    await this.reports.require(viewer, conversation.reportId, { managerOnly: true, manager });
    if (conversation.heldById !== viewer.personId) {
      throw new ConversationsException(ConversationsExceptionCode.HELD_BY_SOMEONE_ELSE, `Only the manager who held this conversation can ${action} it.`);
    }
    return conversation;
  }

  private checkAnswers(kind: ConversationKind, answers: readonly AgendaAnswer[]): void {
    const problems = agendaAnswerProblems(kind, answers);
    if (problems.length > 0) throw new ConversationsException(ConversationsExceptionCode.UNKNOWN_QUESTION, `${problems.join('; ')}.`);
  }

  private checkHeldOn(heldOn: string): void {
    if (this.clock.isAfterTodayEverywhere(heldOn)) {
      throw new ConversationsException(ConversationsExceptionCode.IN_THE_FUTURE, 'Record a conversation once it is held: heldOn cannot be in the future.');
    }
  }
}

function assertHasContent(answers: readonly AgendaAnswer[], notes: string | null): void {
  if (!conversationHasContent({ answers, notes })) throw new ConversationsException(ConversationsExceptionCode.EMPTY_CONVERSATION, CONVERSATION_CONTENT_RULE);
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { agendaAnswerProblems, orderedAnswers } from '@onward/domain';
import { DataSource } from 'typeorm';
import { ActionItemsService } from '../action-items/action-items.service';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { ReportChanges } from '../common/report-changes/report-changes';
import { canSee, ReportAccessService } from '../report-access/report-access.service';
import { RoleAccessService } from '../roles/role-access.service';
import { ConversationEntity } from './conversation.entity';
import { ConversationsException, ConversationsExceptionCode } from './conversations.exception';
import { ConversationKindEnum, HoldConversationInput } from './dto/hold-conversation.input';
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
    const problems = agendaAnswerProblems(input.kind, input.answers);
    if (problems.length > 0) throw new ConversationsException(ConversationsExceptionCode.UNKNOWN_QUESTION, `${problems.join('; ')}.`);
    if (this.clock.isAfterTodayEverywhere(input.heldOn)) {
      throw new ConversationsException(ConversationsExceptionCode.IN_THE_FUTURE, 'Record a conversation once it is held: heldOn cannot be in the future.');
    }
    if (input.roleId && input.kind !== ConversationKindEnum.SATISFACTION) {
      throw new ConversationsException(ConversationsExceptionCode.ROLE_ONLY_FOR_SATISFACTION, 'Only a satisfaction conversation is started from a shared role.');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.reports.require(viewer, input.reportId, { managerOnly: true, manager });
      const roleId = input.roleId ? (await this.roles.requireSharedRoleOf(viewer, input.roleId, input.reportId, manager)).id : null;
      const repo = manager.getRepository(ConversationEntity);
      const { identifiers } = await repo.insert({
        organizationId: viewer.organizationId,
        reportId: input.reportId,
        heldById: viewer.personId,
        kind: input.kind,
        roleId,
        heldOn: input.heldOn,
        answers: orderedAnswers(input.kind, input.answers),
        notes: input.notes?.trim() || null,
      });
      const id = identifiers[0].id as string;
      await this.actionItems.insertMany(manager, { organizationId: viewer.organizationId, reportId: input.reportId, conversationId: id }, input.actionItems ?? [], viewer.personId);
      if (input.kind !== ConversationKindEnum.CAREER) await this.reportChanges.changed(manager, viewer.organizationId, [input.reportId]);
      return Conversation.from(await repo.findOneByOrFail({ id }));
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
    const conversation = isUuid(id) ? await this.dataSource.getRepository(ConversationEntity).findOneBy({ id, organizationId: viewer.organizationId }) : null;
    if (!conversation || !(await this.reports.canSee(viewer, conversation))) throw new ConversationsException(ConversationsExceptionCode.CONVERSATION_NOT_FOUND, 'No such conversation.');
    return Conversation.from(conversation);
  }
}

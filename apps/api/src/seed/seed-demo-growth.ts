import { EntityManager } from 'typeorm';
import { ActionItemEntity } from '../action-items/action-item.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { DebriefEntity } from '../debriefs/debrief.entity';
import { LevelEntity } from '../ladder/level.entity';
import { DEMO_PEOPLE } from './demo-organization';
import { DEMO_CONVERSATIONS, DEMO_DEBRIEFS, DemoActionItem } from './demo-growth';

const DAY = 86_400_000;

export async function seedDemoGrowth(
  manager: EntityManager,
  organizationId: string,
  idByKey: Map<string, string>,
  roleIdByTitle: Map<string, string>,
  levels: LevelEntity[],
  now: number,
): Promise<void> {
  const isoDay = (offsetDays: number) => new Date(now + offsetDays * DAY).toISOString().slice(0, 10);
  const managerOf = new Map(DEMO_PEOPLE.map((p) => [p.key, p.managerKey]));
  const items = async (parent: { reportId: string; debriefId?: string; conversationId?: string }, heldById: string, list: DemoActionItem[] = []) => {
    for (const item of list) {
      await manager.getRepository(ActionItemEntity).insert({
        organizationId,
        ...parent,
        owner: item.owner,
        text: item.text,
        dueOn: item.dueInDays === undefined ? null : isoDay(item.dueInDays),
        doneAt: item.done ? new Date(now) : null,
        createdById: heldById,
      });
    }
  };
  for (const demo of DEMO_CONVERSATIONS) {
    const reportId = idByKey.get(demo.reportKey)!;
    const heldById = idByKey.get(managerOf.get(demo.reportKey)!)!;
    const { identifiers } = await manager.getRepository(ConversationEntity).insert({
      organizationId, reportId, heldById, kind: demo.kind, heldOn: isoDay(-demo.daysAgo), answers: demo.answers, notes: demo.notes ?? null,
      roleId: demo.roleTitle ? (roleIdByTitle.get(demo.roleTitle) ?? null) : null,
    });
    await items({ reportId, conversationId: identifiers[0].id as string }, heldById, demo.actionItems);
  }
  for (const demo of DEMO_DEBRIEFS) {
    const reportId = idByKey.get(demo.reportKey)!;
    const heldById = idByKey.get(managerOf.get(demo.reportKey)!)!;
    const [startedOnTime, roleClearlyExplained, interviewersPrepared, treatedWithRespect, challenging] = demo.ratings;
    const { identifiers } = await manager.getRepository(DebriefEntity).insert({
      organizationId, reportId, heldById,
      roleId: roleIdByTitle.get(demo.roleTitle) ?? null,
      heldOn: isoDay(-demo.daysAgo),
      wentWell: demo.wentWell, couldBeBetter: demo.couldBeBetter, thirdPartyFeedback: demo.thirdPartyFeedback,
      assessedLevelId: levels.find((l) => l.key === demo.assessedLevelKey)?.id ?? null,
      assessedLevelLabel: demo.assessedLevelLabel, outcome: demo.outcome, stages: demo.stages, stageCount: demo.stages.length, themes: demo.themes,
      ratingStartedOnTime: startedOnTime, ratingRoleClearlyExplained: roleClearlyExplained, ratingInterviewersPrepared: interviewersPrepared,
      ratingTreatedWithRespect: treatedWithRespect, ratingChallenging: challenging,
    });
    await items({ reportId, debriefId: identifiers[0].id as string }, heldById, demo.actionItems);
  }
}

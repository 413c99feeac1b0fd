import { EntityManager } from 'typeorm';
import { LevelEntity } from '../ladder/level.entity';
import { InterestingRoleEntity } from '../roles/interesting-role.entity';
import { LevelSource, RoleOutcome } from '../roles/role-enums';
import { RoleCommentEntity } from '../roles/role-comment.entity';
import { RoleInterviewEntity } from '../roles/role-interview.entity';
import { RoleLevelService } from '../roles/role-level.service';
import { RoleViewEntity } from '../roles/role-view.entity';
import { DEMO_PEOPLE } from './demo-organization';
import { DEMO_ROLES } from './demo-roles';

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function seedDemoRoles(
  manager: EntityManager,
  organizationId: string,
  idByKey: Map<string, string>,
  levels: LevelEntity[],
  roleLevels: RoleLevelService,
  now: number,
): Promise<Map<string, string>> {
  const daysAgo = (days: number) => new Date(now - days * DAY);
  const roleIdByTitle = new Map<string, string>();
  const managerKeyOf = new Map(DEMO_PEOPLE.map((p) => [p.key, p.managerKey]));
  for (const [index, demo] of DEMO_ROLES.entries()) {
    const { identifiers } = await manager.getRepository(InterestingRoleEntity).insert({
      organizationId,
      ownerId: idByKey.get(demo.ownerKey)!,
      title: demo.title,
      company: demo.company,
      location: demo.location,
      remote: demo.remote ?? false,
      source: demo.source,
      myWhy: demo.myWhy ?? null,
      whatWouldItTake: demo.whatWouldItTake ?? null,
      whatWouldItTakeShared: demo.whatWouldItTakeShared ?? false,
      toldNotLooking: demo.sharedDaysAgo !== undefined,
      jobDescriptionReceived: index % 2 === 0,
      outcome: demo.outcome ?? RoleOutcome.CONSIDERING,
      sharedAt: demo.sharedDaysAgo === undefined ? null : daysAgo(demo.sharedDaysAgo),
      shareMessage: demo.shareMessage ?? null,
      levelSource: LevelSource.INFERRED,
      ...roleLevels.infer(demo.title, levels),
    });
    const roleId = identifiers[0].id as string;
    roleIdByTitle.set(demo.title, roleId);
    for (const interview of demo.interviews ?? []) {
      await manager.getRepository(RoleInterviewEntity).insert({ organizationId, roleId, heldOn: isoDay(daysAgo(interview.daysAgo)), kind: interview.kind });
    }
    for (const [n, comment] of (demo.comments ?? []).entries()) {
      await manager.getRepository(RoleCommentEntity).insert({
        organizationId,
        roleId,
        authorId: idByKey.get(comment.authorKey)!,
        body: comment.body,
        createdAt: daysAgo((demo.sharedDaysAgo ?? 1) - 1 - n * 0.1),
      });
    }
    if (demo.viewedDaysAgo !== undefined) {
      const viewerKey = managerKeyOf.get(demo.ownerKey)!;
      await manager.getRepository(RoleViewEntity).insert({ organizationId, roleId, viewerId: idByKey.get(viewerKey)!, viewedAt: daysAgo(demo.viewedDaysAgo) });
    }
  }
  return roleIdByTitle;
}

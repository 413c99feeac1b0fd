import { Injectable, OnModuleInit } from '@nestjs/common';
import { inferLevelFromTitle, LadderLevel } from '@onward/domain';
import { EntityManager } from 'typeorm';
import { LadderService } from '../ladder/ladder.service';
import type { LevelEntity } from '../ladder/level.entity';
import { InterestingRoleEntity } from './interesting-role.entity';
import { LevelSource } from './role-enums';

export interface InferredRoleLevel {
  levelId: string | null;
  levelConfidence: 'HIGH' | 'LOW' | null;
}

/**
 * A role's level comes from its title with the organization's ladder keywords, unless a person set
 * it. Inferred levels are stored so that dashboards and nudges can compare ranks in SQL, and are
 * re-inferred whenever the ladder changes; a level a person set is never touched.
 */
@Injectable()
export class RoleLevelService implements OnModuleInit {
  constructor(private readonly ladder: LadderService) {}

  onModuleInit(): void {
    this.ladder.onLadderChanged((manager, organizationId) => this.reinferOrganization(manager, organizationId));
  }

  infer(title: string, levels: LevelEntity[]): InferredRoleLevel {
    const ladder: LadderLevel[] = levels.map((l) => ({ key: l.key, name: l.name, track: l.track, rank: l.rank, keywords: l.keywords }));
    const inferred = inferLevelFromTitle(title, ladder);
    const level = inferred ? levels.find((l) => l.key === inferred.levelKey) : undefined;
    return level ? { levelId: level.id, levelConfidence: inferred!.confidence } : { levelId: null, levelConfidence: null };
  }

  async inferFor(manager: EntityManager, organizationId: string, title: string): Promise<InferredRoleLevel> {
    return this.infer(title, await this.ladder.levelsOf(organizationId, manager));
  }

  private async reinferOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    const levels = await this.ladder.levelsOf(organizationId, manager);
    const roles = await manager.getRepository(InterestingRoleEntity).find({
      where: { organizationId, levelSource: LevelSource.INFERRED },
      select: { id: true, title: true, levelId: true, levelConfidence: true },
    });
    const changed = roles
      .map((role) => ({ role, next: this.infer(role.title, levels) }))
      .filter(({ role, next }) => role.levelId !== next.levelId || role.levelConfidence !== next.levelConfidence);
    if (changed.length === 0) return;
    await manager.query(
      `UPDATE interesting_roles r SET level_id = c.level_id, level_confidence = c.level_confidence
         FROM unnest($1::uuid[], $2::uuid[], $3::varchar[]) AS c(id, level_id, level_confidence)
        WHERE r.id = c.id AND r.organization_id = $4`,
      [changed.map((c) => c.role.id), changed.map((c) => c.next.levelId), changed.map((c) => c.next.levelConfidence), organizationId],
    );
  }
}

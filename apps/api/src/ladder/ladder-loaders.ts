import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { LevelEntity } from './level.entity';

export interface LadderLoaderSet {
  levelById: DataLoader<string, LevelEntity | null>;
}

/**
 * Levels of the viewer's organization's ladder. A ladder is a dozen rows, so the first level asked
 * for reads all of them: a role's level and its owner's level, asked one after the other, cost one
 * statement per request rather than one each.
 */
@Injectable()
export class LadderLoaders extends RequestLoaderFactory<LadderLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): LadderLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    let ladder: Promise<Map<string, LevelEntity>> | undefined;
    const wholeLadder = () =>
      (ladder ??= this.dataSource
        .getRepository(LevelEntity)
        .findBy({ organizationId })
        .then((levels) => new Map(levels.map((level) => [level.id, level]))));
    return {
      levelById: new DataLoader(async (ids) => {
        const levels = await wholeLadder();
        return ids.map((id) => levels.get(id) ?? null);
      }),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { byId, NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { LevelEntity } from './level.entity';

export interface LadderLoaderSet {
  levelById: DataLoader<string, LevelEntity | null>;
}

/** Levels of the viewer's organization's ladder. */
@Injectable()
export class LadderLoaders extends RequestLoaderFactory<LadderLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): LadderLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    return {
      levelById: new DataLoader(async (ids) => byId(ids, await this.dataSource.getRepository(LevelEntity).findBy({ id: In([...ids]), organizationId }))),
    };
  }
}

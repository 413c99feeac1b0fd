import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { groupBy, NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { ActionItemEntity } from './action-item.entity';

export interface ActionItemLoaderSet {
  actionItemsByDebriefId: DataLoader<string, ActionItemEntity[]>;
  actionItemsByConversationId: DataLoader<string, ActionItemEntity[]>;
}

/** Action items of debriefs and conversations that already passed the report access check. */
@Injectable()
export class ActionItemLoaders extends RequestLoaderFactory<ActionItemLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): ActionItemLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    const find = (where: object) => this.dataSource.getRepository(ActionItemEntity).find({ where: { ...where, organizationId }, order: { createdAt: 'ASC' } });
    return {
      actionItemsByDebriefId: new DataLoader(async (ids) => groupBy(ids, await find({ debriefId: In([...ids]) }), (r) => r.debriefId)),
      actionItemsByConversationId: new DataLoader(async (ids) => groupBy(ids, await find({ conversationId: In([...ids]) }), (r) => r.conversationId)),
    };
  }
}

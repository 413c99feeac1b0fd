import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { byId, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { OrganizationEntity } from './organization.entity';

export interface OrganizationLoaderSet {
  /** Only the viewer's own organization ever loads. */
  organizationById: DataLoader<string, OrganizationEntity | null>;
}

@Injectable()
export class OrganizationLoaders extends RequestLoaderFactory<OrganizationLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): OrganizationLoaderSet {
    return {
      organizationById: new DataLoader(async (ids) => {
        const own = ids.filter((id) => id === viewer?.organizationId);
        return byId(ids, own.length ? await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(own) }) : []);
      }),
    };
  }
}

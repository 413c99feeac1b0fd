import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Not } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { byId, groupBy, NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { PersonEntity, PersonStatus } from './person.entity';

export interface PeopleLoaderSet {
  personById: DataLoader<string, PersonEntity | null>;
  directReportsByManagerId: DataLoader<string, PersonEntity[]>;
}

/** People of the viewer's organization only: a person elsewhere never loads, whatever id is sent. */
@Injectable()
export class PeopleLoaders extends RequestLoaderFactory<PeopleLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): PeopleLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    const people = this.dataSource.getRepository(PersonEntity);
    return {
      personById: new DataLoader(async (ids) => byId(ids, await people.findBy({ id: In([...ids]), organizationId }))),
      directReportsByManagerId: new DataLoader(async (managerIds) => {
        const rows = await people.find({
          where: { managerId: In([...managerIds]), organizationId, status: Not(PersonStatus.DEACTIVATED) },
          order: { name: 'ASC' },
        });
        return groupBy(managerIds, rows, (row) => row.managerId);
      }),
    };
  }
}

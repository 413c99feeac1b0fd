import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { byId, groupBy, NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { Person } from './models/person.model';
import { directReportsOf, peopleByIds } from './people.queries';

export interface PeopleLoaderSet {
  personById: DataLoader<string, Person | null>;
  directReportsByManagerId: DataLoader<string, Person[]>;
}

/** People of the viewer's organization only: a person elsewhere never loads, whatever id is sent. */
@Injectable()
export class PeopleLoaders extends RequestLoaderFactory<PeopleLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): PeopleLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    const manager = this.dataSource.manager;
    const personById = new DataLoader<string, Person | null>(async (ids) => byId(ids, await peopleByIds(manager, organizationId, ids)));
    return {
      personById,
      directReportsByManagerId: new DataLoader(async (managerIds) => {
        const rows = await directReportsOf(manager, organizationId, managerIds);
        // The same person asked for later by id (a role's owner, a debrief's report) is already here.
        for (const row of rows) personById.prime(row.id, row);
        return groupBy(managerIds, rows, (row) => row.managerId);
      }),
    };
  }
}

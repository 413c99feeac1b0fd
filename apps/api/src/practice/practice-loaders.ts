import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { NO_ORGANIZATION, RequestLoaderFactory } from '../common/graphql/request-loaders';
import { PracticeAudience, PracticeFacts, practiceFacts } from './practice.queries';

export type PracticeLoaderSet = Record<PracticeAudience, DataLoader<string, PracticeFacts | null>>;

/** Practice facts per report, one statement per audience per request whatever the team's size. */
@Injectable()
export class PracticeLoaders extends RequestLoaderFactory<PracticeLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  create(viewer: Viewer | null): PracticeLoaderSet {
    const organizationId = viewer?.organizationId ?? NO_ORGANIZATION;
    const loader = (audience: PracticeAudience) =>
      new DataLoader<string, PracticeFacts | null>(async (ids) => {
        const facts = await practiceFacts(this.dataSource.manager, organizationId, ids, audience);
        return ids.map((id) => facts.get(id) ?? null);
      });
    return { REPORT: loader('REPORT'), CURRENT_MANAGER: loader('CURRENT_MANAGER') };
  }
}

import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { RequestLoaderFactory } from '../common/graphql/request-loaders';
import { ReportAccess, ReportAccessService } from './report-access.service';

export interface ReportAccessLoaderSet {
  /** How the viewer stands to each person as a report, through the report access check. */
  accessByReportId: DataLoader<string, ReportAccess | null>;
}

@Injectable()
export class ReportAccessLoaders extends RequestLoaderFactory<ReportAccessLoaderSet> {
  constructor(private readonly reports: ReportAccessService) {
    super();
  }

  create(viewer: Viewer | null): ReportAccessLoaderSet {
    return {
      accessByReportId: new DataLoader(async (ids) => {
        const access = viewer ? await this.reports.access(viewer, ids) : new Map<string, ReportAccess>();
        return ids.map((id) => access.get(id) ?? null);
      }),
    };
  }
}

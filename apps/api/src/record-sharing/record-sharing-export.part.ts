import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { RecordShareEntity } from './record-share.entity';

/** Who could read the person's earlier records, and when. */
@Injectable()
@ExportPart({ key: 'earlierRecordShares', order: 50 })
export class RecordSharingExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer, context: ExportContext) {
    const shares = await this.dataSource
      .getRepository(RecordShareEntity)
      .find({ where: { reportId: viewer.personId, organizationId: viewer.organizationId }, order: { startedAt: 'ASC' } });
    return shares.map((share) => ({ manager: context.nameOf(share.managerId), startedAt: share.startedAt, endedAt: share.endedAt, endedReason: share.endedReason }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataExportPart, ExportPart } from '../common/data-export/data-export-part';
import { ActionItemEntity } from './action-item.entity';

/** Every action item on the person's debriefs and conversations. */
@Injectable()
@ExportPart({ key: 'actionItems', order: 40 })
export class ActionItemsExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer) {
    const items = await this.dataSource
      .getRepository(ActionItemEntity)
      .find({ where: { reportId: viewer.personId, organizationId: viewer.organizationId }, order: { createdAt: 'ASC' } });
    return items.map((item) => ({
      owner: item.owner,
      text: item.text,
      dueOn: item.dueOn,
      doneAt: item.doneAt,
      from: item.debriefId ? 'debrief' : 'conversation',
      createdAt: item.createdAt,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { DebriefEntity } from './debrief.entity';

/** Every debrief held with the person, whichever manager held it: they belong to the report. */
@Injectable()
@ExportPart({ key: 'debriefs', order: 20 })
export class DebriefsExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer, context: ExportContext) {
    const { entities, raw } = await this.dataSource
      .getRepository(DebriefEntity)
      .createQueryBuilder('d')
      .leftJoin('interesting_roles', 'r', 'r.id = d.role_id AND r.owner_id = d.report_id')
      .addSelect('r.title', 'role_title')
      .where('d.organization_id = :org AND d.report_id = :me', { org: viewer.organizationId, me: viewer.personId })
      .orderBy('d.held_on', 'ASC')
      .addOrderBy('d.created_at', 'ASC')
      .getRawAndEntities();
    return entities.map(({ id: _id, organizationId: _org, reportId: _report, heldById, roleId: _role, assessedLevelId, ...rest }, index) => ({
      ...rest,
      heldBy: context.nameOf(heldById),
      role: (raw[index].role_title as string | null) ?? null,
      assessedLevel: context.levelKeyOf(assessedLevelId),
    }));
  }
}

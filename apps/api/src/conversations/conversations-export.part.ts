import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { ConversationEntity } from './conversation.entity';

/** Every growth conversation held with the person, whichever manager held it. */
@Injectable()
@ExportPart({ key: 'conversations', order: 30 })
export class ConversationsExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer, context: ExportContext) {
    const { entities, raw } = await this.dataSource
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .leftJoin('interesting_roles', 'r', 'r.id = c.role_id AND r.owner_id = c.report_id')
      .addSelect('r.title', 'role_title')
      .where('c.organization_id = :org AND c.report_id = :me', { org: viewer.organizationId, me: viewer.personId })
      .orderBy('c.held_on', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .getRawAndEntities();
    return entities.map(({ id: _id, organizationId: _org, reportId: _report, heldById, roleId: _role, ...rest }, index) => ({
      ...rest,
      heldBy: context.nameOf(heldById),
      role: (raw[index].role_title as string | null) ?? null,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataExportPart, ExportContext, ExportPart } from '../common/data-export/data-export-part';
import { PersonEntity } from './person.entity';

/** The profile, as the export's `person`. */
@Injectable()
@ExportPart({ key: 'person', order: 0 })
export class PersonExportPart implements DataExportPart {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exportFor(viewer: Viewer, context: ExportContext) {
    const me = await this.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: viewer.personId, organizationId: viewer.organizationId });
    return { name: me.name, email: me.email, title: me.title, level: context.levelKeyOf(me.levelId), joinedAt: me.joinedAt };
  }
}

import { Module } from '@nestjs/common';
import { ActionItemsExportPart } from './action-items-export.part';
import { PeopleModule } from '../people/people.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { ActionItemLoaders } from './action-item-loaders';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

@Module({
  imports: [ReportAccessModule, PeopleModule],
  providers: [ActionItemsExportPart, ActionItemsService, ActionItemsResolver, ActionItemLoaders],
  exports: [ActionItemsService, ActionItemLoaders],
})
export class ActionItemsModule {}

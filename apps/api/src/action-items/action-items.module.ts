import { Module } from '@nestjs/common';
import { ReportAccessModule } from '../report-access/report-access.module';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

@Module({ imports: [ReportAccessModule], providers: [ActionItemsService, ActionItemsResolver], exports: [ActionItemsService] })
export class ActionItemsModule {}

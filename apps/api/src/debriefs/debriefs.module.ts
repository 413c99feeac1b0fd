import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { RolesModule } from '../roles/roles.module';
import { DebriefsResolver } from './debriefs.resolver';
import { DebriefsService } from './debriefs.service';

@Module({ imports: [ReportAccessModule, RolesModule, ActionItemsModule], providers: [DebriefsService, DebriefsResolver] })
export class DebriefsModule {}

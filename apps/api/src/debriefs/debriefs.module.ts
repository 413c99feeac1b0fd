import { Module } from '@nestjs/common';
import { DebriefsExportPart } from './debriefs-export.part';
import { ActionItemsModule } from '../action-items/action-items.module';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleModule } from '../people/people.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { RolesModule } from '../roles/roles.module';
import { DebriefsResolver } from './debriefs.resolver';
import { DebriefsService } from './debriefs.service';

@Module({ imports: [ReportAccessModule, RolesModule, ActionItemsModule, PeopleModule, LadderModule], providers: [DebriefsExportPart, DebriefsService, DebriefsResolver] })
export class DebriefsModule {}

import { Module } from '@nestjs/common';
import { ConversationsExportPart } from './conversations-export.part';
import { ActionItemsModule } from '../action-items/action-items.module';
import { LadderModule } from '../ladder/ladder.module';
import { PeopleModule } from '../people/people.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { RolesModule } from '../roles/roles.module';
import { ConversationsResolver } from './conversations.resolver';
import { ConversationsService } from './conversations.service';

@Module({ imports: [ReportAccessModule, RolesModule, ActionItemsModule, PeopleModule, LadderModule], providers: [ConversationsExportPart, ConversationsService, ConversationsResolver] })
export class ConversationsModule {}

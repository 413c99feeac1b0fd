import { Module } from '@nestjs/common';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ReportAccessModule } from '../report-access/report-access.module';
import { RolesModule } from '../roles/roles.module';
import { ConversationsResolver } from './conversations.resolver';
import { ConversationsService } from './conversations.service';

@Module({ imports: [ReportAccessModule, RolesModule, ActionItemsModule], providers: [ConversationsService, ConversationsResolver] })
export class ConversationsModule {}

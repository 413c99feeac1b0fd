import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { PracticeModule } from '../practice/practice.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarResolver } from './calendar.resolver';
import { ConversationInvites } from './conversation-invites.service';

/** Calendars: the invite a nudge mail carries, and each person's subscribed feed of practice due days. */
@Module({
  imports: [PeopleModule, PracticeModule, OrganizationsModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedsService, CalendarResolver, ConversationInvites],
  exports: [ConversationInvites],
})
export class CalendarModule {}

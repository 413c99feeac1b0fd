import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { NotificationSettingsModule } from '../notification-settings/notification-settings.module';
import { NudgesModule } from '../nudges/nudges.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { NudgeMailComposer } from './nudge-mail-composer';
import { NudgeMailDelivery } from './nudge-mail-delivery.service';
import { NudgeOutbox } from './nudge-outbox.service';

/**
 * Nudge mail: the outbox the sweep writes into, the daily digests, and the jobs that deliver each
 * row once, to the person it is still true for. No GraphQL of its own: people choose their mail
 * on the notification settings, and read their nudges in the inbox.
 */
@Module({
  imports: [NudgesModule, MailModule, NotificationSettingsModule, CalendarModule, OrganizationsModule],
  providers: [NudgeOutbox, NudgeMailDelivery, NudgeMailComposer],
  exports: [NudgeOutbox, NudgeMailDelivery],
})
export class NudgeMailModule {}

import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeLinks } from './unsubscribe-links.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Who gets which nudge mail: the settings page, and the one-click unsubscribe links that mail carries. */
@Module({
  imports: [SessionsModule],
  controllers: [UnsubscribeController],
  providers: [NotificationSettingsService, NotificationSettingsResolver, UnsubscribeLinks],
  exports: [NotificationSettingsService, UnsubscribeLinks],
})
export class NotificationSettingsModule {}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../auth/access.decorators';
import type { Viewer } from '../auth/viewer';
import { UpdateNotificationSettingsInput } from './dto/update-notification-settings.input';
import { NotificationSettings } from './models/notification-settings.model';
import { NotificationSettingsService } from './notification-settings.service';

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettings, { description: 'Which nudges the signed-in person gets by mail, and how.' })
  @SignedIn()
  async myNotificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return NotificationSettings.from(await this.settings.mine(viewer));
  }

  @Mutation(() => NotificationSettings, { description: 'Changes the signed-in person’s own mail settings.' })
  @SignedIn()
  async updateMyNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'What changes.' }) input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return NotificationSettings.from(await this.settings.update(viewer, input));
  }
}

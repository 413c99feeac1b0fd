import { Field, ObjectType } from '@nestjs/graphql';
import { NUDGE_KINDS, type MailDelivery, type MailPreferences, type NudgeKind } from '@onward/domain';
import { MailDeliveryEnum, NudgeKindEnum } from '../../common/graphql/nudge-kind.enum';

@ObjectType({ description: 'Whether one kind of nudge is mailed.' })
export class NudgeEmailSetting {
  @Field(() => NudgeKindEnum, { description: 'The kind of nudge.' })
  kind!: NudgeKind;

  @Field({ description: 'Mailed (when mail is on at all); false: only in the app.' })
  email!: boolean;
}

@ObjectType({ description: 'The signed-in person’s choices about nudge mail. Nudges always show in the app.' })
export class NotificationSettings {
  @Field({ description: 'Any nudge mail at all; off is what a digest’s one-click unsubscribe sets.' })
  emailEnabled!: boolean;

  @Field(() => MailDeliveryEnum, { description: 'One mail per nudge, or a daily digest.' })
  delivery!: MailDelivery;

  @Field(() => [NudgeEmailSetting], { description: 'Every kind of nudge, in a fixed order, and whether it is mailed.' })
  kinds!: NudgeEmailSetting[];

  static from(preferences: MailPreferences): NotificationSettings {
    return Object.assign(new NotificationSettings(), {
      emailEnabled: preferences.emailEnabled,
      delivery: preferences.delivery,
      kinds: NUDGE_KINDS.map((kind) => Object.assign(new NudgeEmailSetting(), { kind, email: !preferences.mutedKinds.includes(kind) })),
    });
  }
}

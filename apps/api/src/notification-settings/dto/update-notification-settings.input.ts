import { Field, InputType } from '@nestjs/graphql';
import { MAIL_DELIVERIES, NUDGE_KINDS, type MailDelivery, type NudgeKind } from '@onward/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { MailDeliveryEnum, NudgeKindEnum } from '../../common/graphql/nudge-kind.enum';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';

@InputType({ description: 'Mail one kind of nudge, or not.' })
export class NudgeEmailSettingInput {
  @Field(() => NudgeKindEnum, { description: 'The kind of nudge.' })
  @IsIn(NUDGE_KINDS)
  kind!: NudgeKind;

  @Field({ description: 'True to mail it, false to keep it to the app.' })
  @IsBoolean()
  email!: boolean;
}

@InputType({ description: 'Changes to the signed-in person’s mail settings; whatever is left out stays as it is.' })
export class UpdateNotificationSettingsInput {
  @Field({ nullable: true, description: 'Any nudge mail at all.' })
  @NotNullWhenGiven()
  @IsBoolean()
  emailEnabled?: boolean;

  @Field(() => MailDeliveryEnum, { nullable: true, description: 'One mail per nudge, or a daily digest.' })
  @NotNullWhenGiven()
  @IsIn(MAIL_DELIVERIES)
  delivery?: MailDelivery;

  @Field(() => [NudgeEmailSettingInput], { nullable: true, description: 'Kinds to turn on or off; kinds not listed stay as they are. Each kind once.' })
  @NotNullWhenGiven()
  @IsArray()
  @ArrayMaxSize(NUDGE_KINDS.length)
  @ArrayUnique((setting: NudgeEmailSettingInput) => setting?.kind, { message: 'kinds must name each kind at most once' })
  @ValidateNested({ each: true })
  @Type(() => NudgeEmailSettingInput)
  kinds?: NudgeEmailSettingInput[];
}

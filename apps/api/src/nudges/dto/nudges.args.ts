import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, registerDecorator, ValidateIf } from 'class-validator';
import { DATE_ONLY } from '../../action-items/dto/action-item.input';
import { MAX_PAGE_SIZE } from '../../common/graphql/connection';
import { NudgeStatusEnum, SnoozeDurationEnum } from '../models/nudge-enums.graphql';

@ArgsType()
export class MyNudgesArgs {
  @Field(() => NudgeStatusEnum, { nullable: true, description: 'Only nudges in this status; every status when left out.' })
  @IsOptional() @IsEnum(NudgeStatusEnum) status?: NudgeStatusEnum | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional() @IsString() @MaxLength(500) after?: string;
}

/** Refuses this field when `other` is given too: the two say the same thing in different ways. */
function NotTogetherWith(other: string): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notTogetherWith',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value: unknown, args) => value == null || (args?.object as Record<string, unknown>)[other] == null,
        defaultMessage: () => `give either ${other} or ${String(property)}, not both`,
      },
    });
}

@InputType({ description: 'How long to snooze: a duration, or a day to wake on (give exactly one).' })
export class SnoozeNudgeInput {
  @Field(() => SnoozeDurationEnum, { nullable: true, description: 'A week or a month from now.' })
  @ValidateIf((input: SnoozeNudgeInput) => input.until == null) @IsEnum(SnoozeDurationEnum, { message: 'give either duration or until' })
  duration?: SnoozeDurationEnum | null;

  @Field(() => String, { nullable: true, description: 'The day it opens again, YYYY-MM-DD (after today, at most 366 days ahead).' })
  @ValidateIf((input: SnoozeNudgeInput) => input.duration == null || input.until != null)
  @NotTogetherWith('duration') @IsString() @IsISO8601({ strict: true }, { message: 'until must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'until must be a date like 2026-12-01' })
  until?: string | null;
}

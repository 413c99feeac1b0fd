import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';
import { ActionItemOwner } from '../action-item.entity';

registerEnumType(ActionItemOwner, {
  name: 'ActionItemOwner',
  description: 'Who is to do it.',
  valuesMap: { REPORT: { description: 'The report.' }, MANAGER: { description: 'The manager.' } },
});

export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({ description: 'An action item written together with a debrief or conversation.' })
export class NewActionItemInput {
  @Field(() => ActionItemOwner, { description: 'Who is to do it.' })
  @IsEnum(ActionItemOwner) owner!: ActionItemOwner;

  @Field({ description: 'What to do, 1 to 1,000 characters.' })
  @IsString() @Length(1, 1000) @Matches(/\S/, { message: 'text must not be blank' }) text!: string;

  @Field(() => String, { nullable: true, description: 'Due day, YYYY-MM-DD.' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'dueOn must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'dueOn must be a date like 2026-12-01' })
  dueOn?: string | null;
}

@InputType({ description: 'An action item on an existing debrief or conversation (give exactly one of the two).' })
export class AddActionItemInput extends NewActionItemInput {
  @Field(() => ID, { nullable: true, description: 'The debrief it follows from.' })
  @IsOptional() @IsString() debriefId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The conversation it follows from.' })
  @IsOptional() @IsString() conversationId?: string | null;
}

@InputType({ description: 'Changes to an action item you wrote; omitted fields stay as they are.' })
export class UpdateActionItemInput {
  @Field(() => String, { nullable: true, description: 'What to do, 1 to 1,000 characters.' })
  @NotNullWhenGiven() @IsString() @Length(1, 1000) @Matches(/\S/, { message: 'text must not be blank' }) text?: string;

  @Field(() => String, { nullable: true, description: 'Due day, YYYY-MM-DD; null clears it.' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'dueOn must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'dueOn must be a date like 2026-12-01' })
  dueOn?: string | null;
}

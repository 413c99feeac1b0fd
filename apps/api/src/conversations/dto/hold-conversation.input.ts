import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { DATE_ONLY, NewActionItemInput } from '../../action-items/dto/action-item.input';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';

export enum ConversationKindEnum {
  INTERVIEW_PRACTICE = 'INTERVIEW_PRACTICE',
  SATISFACTION = 'SATISFACTION',
  CAREER = 'CAREER',
}

registerEnumType(ConversationKindEnum, {
  name: 'ConversationKind',
  description: 'The kind of growth conversation, each with its own guided agenda.',
  valuesMap: {
    INTERVIEW_PRACTICE: { description: 'The yearly interview-practice conversation; counts toward the practice cadence.' },
    SATISFACTION: { description: 'A stay interview on satisfaction and belonging, e.g. after a same-level role was shared.' },
    CAREER: { description: 'Life story, dreams and a plan.' },
  },
});

@InputType({ description: 'The answer to one agenda question.' })
export class AgendaAnswerInput {
  @Field({ description: 'The question’s key, from conversationAgendas.' })
  @IsString() @Length(1, 50) questionKey!: string;

  @Field({ description: 'The answer, up to 10,000 characters.' })
  @IsString() @MaxLength(10_000) answer!: string;
}

@InputType({ description: 'A growth conversation the current manager held with a report.' })
export class HoldConversationInput {
  @Field(() => ID, { description: 'The report.' }) @IsString() reportId!: string;

  @Field(() => ConversationKindEnum, { description: 'Which agenda.' }) @IsEnum(ConversationKindEnum) kind!: ConversationKindEnum;

  @Field({ description: 'The day it was held, YYYY-MM-DD (not in the future).' })
  @IsString() @IsISO8601({ strict: true }, { message: 'heldOn must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'heldOn must be a date like 2026-11-25' })
  heldOn!: string;

  @Field(() => [AgendaAnswerInput], { defaultValue: [], description: 'Answers to the agenda’s questions.' })
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AgendaAnswerInput) answers: AgendaAnswerInput[] = [];

  @Field(() => String, { nullable: true, description: 'Free notes, up to 20,000 characters.' })
  @IsOptional() @IsString() @MaxLength(20_000) notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a satisfaction conversation: the same-level role it was started from.' })
  @IsOptional() @IsString() roleId?: string | null;

  @Field(() => [NewActionItemInput], { nullable: true, description: 'Action items agreed on.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => NewActionItemInput) actionItems?: NewActionItemInput[];
}

@InputType({ description: 'Changes to a conversation you held; omitted fields stay as they are. Its kind stays: the answers belong to its agenda.' })
export class UpdateConversationInput {
  @Field(() => String, { nullable: true, description: 'The day it was held, YYYY-MM-DD (not in the future).' })
  @NotNullWhenGiven() @IsString() @IsISO8601({ strict: true }, { message: 'heldOn must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'heldOn must be a date like 2026-11-25' })
  heldOn?: string;

  @Field(() => [AgendaAnswerInput], { nullable: true, description: 'Every answer to the agenda’s questions: the ones left out are cleared.' })
  @NotNullWhenGiven() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AgendaAnswerInput) answers?: AgendaAnswerInput[];

  @Field(() => String, { nullable: true, description: 'Free notes, up to 20,000 characters; null clears them.' })
  @IsOptional() @IsString() @MaxLength(20_000) notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a satisfaction conversation: the same-level role it was started from; null unlinks it.' })
  @IsOptional() @IsString() roleId?: string | null;
}

import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEnum, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { DATE_ONLY, NewActionItemInput } from '../../action-items/dto/action-item.input';
import { InterviewKind, RoleOutcome } from '../../roles/role-enums';

const TEXT_MAX = 10_000;

@InputType({ description: 'How the candidate experience felt, each from 1 (poor) to 5 (great).' })
export class CandidateExperienceInput {
  @Field(() => Int, { nullable: true, description: 'Interviews started on time.' }) @IsOptional() @IsInt() @Min(1) @Max(5) startedOnTime?: number | null;
  @Field(() => Int, { nullable: true, description: 'The role was clearly explained.' }) @IsOptional() @IsInt() @Min(1) @Max(5) roleClearlyExplained?: number | null;
  @Field(() => Int, { nullable: true, description: 'Interviewers were prepared.' }) @IsOptional() @IsInt() @Min(1) @Max(5) interviewersPrepared?: number | null;
  @Field(() => Int, { nullable: true, description: 'They were treated with respect.' }) @IsOptional() @IsInt() @Min(1) @Max(5) treatedWithRespect?: number | null;
  @Field(() => Int, { nullable: true, description: 'The interviews were challenging.' }) @IsOptional() @IsInt() @Min(1) @Max(5) challenging?: number | null;
}

@InputType({ description: 'A debrief the current manager holds with a report after an outside interview.' })
export class CreateDebriefInput {
  @Field(() => ID, { description: 'The report.' }) @IsString() reportId!: string;

  @Field(() => ID, { nullable: true, description: 'One of the report’s shared roles it is about.' }) @IsOptional() @IsString() roleId?: string | null;

  @Field({ description: 'The day it was held, YYYY-MM-DD (not in the future).' })
  @IsString() @IsISO8601({ strict: true }, { message: 'heldOn must be a real calendar date' }) @Matches(DATE_ONLY, { message: 'heldOn must be a date like 2026-11-25' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'What went well.' }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) wentWell?: string | null;
  @Field(() => String, { nullable: true, description: 'What could have gone better.' }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) couldBeBetter?: string | null;
  @Field(() => String, { nullable: true, description: 'What the other company said.' }) @IsOptional() @IsString() @MaxLength(TEXT_MAX) thirdPartyFeedback?: string | null;

  @Field(() => String, { nullable: true, description: 'The level the other company assessed, as a key of our ladder (e.g. IC3).' })
  @IsOptional() @IsString() @MaxLength(20) assessedLevelKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Their own word for it, e.g. "Senior".' })
  @IsOptional() @IsString() @MaxLength(100) assessedLevelLabel?: string | null;

  @Field(() => RoleOutcome, { nullable: true, description: 'Where the process ended up.' }) @IsOptional() @IsEnum(RoleOutcome) outcome?: RoleOutcome | null;

  @Field(() => [InterviewKind], { nullable: true, description: 'The other company’s stages, in order.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsEnum(InterviewKind, { each: true }) stages?: InterviewKind[];

  @Field(() => Int, { nullable: true, description: 'How many stages the process has, 1 to 30.' }) @IsOptional() @IsInt() @Min(1) @Max(30) stageCount?: number | null;

  @Field(() => [String], { nullable: true, description: 'Themes of their process, as free tags (at most 20, 40 characters each).' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 40, { each: true }) themes?: string[];

  @Field(() => CandidateExperienceInput, { nullable: true, description: 'Candidate-experience ratings.' })
  @IsOptional() @ValidateNested() @Type(() => CandidateExperienceInput) ratings?: CandidateExperienceInput | null;

  @Field(() => [NewActionItemInput], { nullable: true, description: 'Action items agreed on.' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => NewActionItemInput) actionItems?: NewActionItemInput[];
}

@InputType({ description: 'Changes to a debrief; omitted fields stay as they are.' })
export class UpdateDebriefInput extends PartialType(OmitType(CreateDebriefInput, ['reportId', 'actionItems'] as const), { skipNullProperties: false }) {}

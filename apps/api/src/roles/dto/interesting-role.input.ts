import { Field, Float, InputType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min,
} from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';
import { RoleOutcome, RoleSource } from '../role-enums';

const TEXT_MAX = 5_000;
export const DESCRIPTION_MAX = 50_000;

@InputType({ description: 'An interesting role: the posting’s fields and the report’s prep checklist.' })
export class CreateInterestingRoleInput {
  @Field({ description: 'Job title as posted; the level is inferred from it.' })
  @IsString() @Length(1, 200) @NotBlank() title!: string;

  @Field(() => String, { nullable: true, description: 'Hiring company.' })
  @IsOptional() @IsString() @MaxLength(200) company?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the posting (http or https).' })
  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' }) @MaxLength(2000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the job is.' })
  @IsOptional() @IsString() @MaxLength(300) location?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it can be done remotely.' })
  @NotNullWhenGiven() @IsBoolean() remote?: boolean;

  @Field(() => String, { nullable: true, description: `Description, up to ${DESCRIPTION_MAX} characters.` })
  @IsOptional() @IsString() @MaxLength(DESCRIPTION_MAX) description?: string | null;

  @Field(() => RoleSource, { nullable: true, description: 'How it came; FOUND_IT when omitted.' })
  @NotNullWhenGiven() @IsEnum(RoleSource) source?: RoleSource;

  @Field(() => [String], { nullable: true, description: 'Employment types, e.g. FULL_TIME.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(40, { each: true }) employmentTypes?: string[];

  @Field(() => Float, { nullable: true, description: 'Salary lower bound.' })
  @IsOptional() @IsNumber() @Min(0) @Max(1e11) salaryMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Salary upper bound.' })
  @IsOptional() @IsNumber() @Min(0) @Max(1e11) salaryMax?: number | null;

  @Field(() => String, { nullable: true, description: 'Salary currency, e.g. EUR.' })
  @IsOptional() @IsString() @MaxLength(10) salaryCurrency?: string | null;

  @Field(() => String, { nullable: true, description: 'Salary period, e.g. YEAR.' })
  @IsOptional() @IsString() @MaxLength(20) salaryUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'Date posted, as the posting says.' })
  @IsOptional() @IsString() @MaxLength(40) datePosted?: string | null;

  @Field(() => String, { nullable: true, description: 'Open until, as the posting says.' })
  @IsOptional() @IsString() @MaxLength(40) validThrough?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Told them up front that I am not actively looking.' })
  @NotNullWhenGiven() @IsBoolean() toldNotLooking?: boolean;

  @Field(() => String, { nullable: true, description: 'My why: what about this role interests me.' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) myWhy?: string | null;

  @Field(() => String, { nullable: true, description: 'Why they reached out to me.' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) whyTheyReachedOut?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The job description was received.' })
  @NotNullWhenGiven() @IsBoolean() jobDescriptionReceived?: boolean;

  @Field(() => String, { nullable: true, description: 'What would it take for me to move (private unless shared).' })
  @IsOptional() @IsString() @MaxLength(TEXT_MAX) whatWouldItTake?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Share "what would it take" with my manager.' })
  @NotNullWhenGiven() @IsBoolean() whatWouldItTakeShared?: boolean;

  @Field(() => RoleOutcome, { nullable: true, description: 'Where I stand with it; CONSIDERING when omitted.' })
  @NotNullWhenGiven() @IsEnum(RoleOutcome) outcome?: RoleOutcome;
}

@InputType({ description: 'Changes to an interesting role; omitted fields stay as they are, null clears optional ones.' })
export class UpdateInterestingRoleInput extends PartialType(CreateInterestingRoleInput, { skipNullProperties: false }) {}

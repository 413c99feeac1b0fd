import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { InterviewKind } from '../role-enums';

@ArgsType()
export class ShareRoleArgs {
  @Field(() => ID, { description: 'The role.' })
  @IsString() id!: string;

  @Field(() => String, { nullable: true, description: 'An optional note for the manager.' })
  @IsOptional() @IsString() @MaxLength(2000) message?: string | null;
}

@ArgsType()
export class CommentArgs {
  @Field(() => ID, { description: 'The shared role.' })
  @IsString() id!: string;

  @Field({ description: 'The message, 1 to 5,000 characters.' })
  @IsString() @Length(1, 5000) @Matches(/\S/, { message: 'body must not be blank' }) body!: string;
}

@ArgsType()
export class EditCommentArgs {
  @Field(() => ID, { description: 'The comment.' })
  @IsString() id!: string;

  @Field({ description: 'The new message, 1 to 5,000 characters.' })
  @IsString() @Length(1, 5000) @Matches(/\S/, { message: 'body must not be blank' }) body!: string;
}

@ArgsType()
export class SetRoleLevelArgs {
  @Field(() => ID, { description: 'The role.' })
  @IsString() id!: string;

  @Field(() => String, { nullable: true, description: 'A level key of the ladder, e.g. IC4; null goes back to the level inferred from the title.' })
  @IsOptional() @IsString() @MaxLength(20) levelKey?: string | null;
}

@InputType({ description: 'An interview for a role.' })
export class AddInterviewInput {
  @Field({ description: 'The day, YYYY-MM-DD.' })
  @IsString() @IsISO8601({ strict: true }, { message: 'heldOn must be a real calendar date' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'heldOn must be a date like 2026-11-25' }) heldOn!: string;

  @Field(() => InterviewKind, { description: 'Kind of stage.' })
  @IsEnum(InterviewKind) kind!: InterviewKind;

  @Field(() => String, { nullable: true, description: 'Notes, up to 5,000 characters.' })
  @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

@InputType({ description: 'A pasted job posting: a page’s HTML, a JobPosting JSON-LD object, or plain text.' })
export class ImportJobPostingInput {
  @Field({ description: 'What was pasted, up to 2,000,000 characters.' })
  @IsString() @Length(1, 2_000_000, { message: 'content must be between 1 and 2,000,000 characters' }) content!: string;
}

@InputType({ description: 'A link to a job posting, for the server to read.' })
export class ImportPostingFromUrlInput {
  // Only its length here: what makes a link acceptable (http or https, a public address) is the fetch's
  // rule, refused with URL_NOT_ALLOWED and the reason in words.
  @Field({ description: 'The posting’s address, http:// or https://, up to 2,000 characters.' })
  @IsString() @Length(1, 2_000, { message: 'url must be between 1 and 2,000 characters' }) @NotBlank() url!: string;
}

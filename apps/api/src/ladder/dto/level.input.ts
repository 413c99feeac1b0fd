import { Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { TrackEnum } from '../models/level.model';

@InputType({ description: 'A level of the ladder.' })
export class CreateLevelInput {
  @Field({ description: 'Short unique key: letters, digits, dashes or underscores, e.g. IC3.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'key must be 1 to 20 letters, digits, dashes or underscores' })
  key!: string;

  @Field({ description: 'Display name.' })
  @IsString()
  @Length(1, 60)
  @NotBlank()
  name!: string;

  @Field(() => TrackEnum, { description: 'IC or manager track.' })
  @IsEnum(TrackEnum)
  track!: TrackEnum;

  @Field(() => Int, { description: 'Rank on the shared scale, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  rank!: number;

  @Field(() => [String], { defaultValue: [], description: 'Title keywords (at most 20, each up to 40 characters).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  @MaxLength(40, { each: true })
  // The schema's default fills this in on create; a class initializer would also be copied into
  // the update input below and replace the keywords of every level renamed without them.
  keywords!: string[];
}

@InputType({ description: 'Changes to a level; omitted fields stay as they are.' })
export class UpdateLevelInput extends PartialType(CreateLevelInput, { skipNullProperties: false, omitDefaultValues: true }) {}

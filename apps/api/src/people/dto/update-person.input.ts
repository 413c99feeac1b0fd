import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';

@InputType({ description: 'Changes to a person. Omitted fields stay as they are; `managerId: null` removes the manager.' })
export class UpdatePersonInput {
  @Field({ nullable: true, description: 'Full name.' })
  @NotNullWhenGiven()
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true, description: 'Job title; null or empty clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their level on the ladder; null clears it.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  levelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their manager; null means no manager.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  managerId?: string | null;

  @Field({ nullable: true, description: 'Whether they administer the organization.' })
  @NotNullWhenGiven()
  @IsBoolean()
  isAdmin?: boolean;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';

@InputType({ description: 'Someone to invite into the organization.' })
export class InvitePersonInput {
  @Field({ description: 'Their email address; they sign in with it.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Full name.' })
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their level on the ladder.' })
  @IsOptional()
  @IsString()
  levelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their manager.' })
  @IsOptional()
  @IsString()
  managerId?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Make them an admin too.' })
  @NotNullWhenGiven()
  @IsBoolean()
  isAdmin?: boolean;
}

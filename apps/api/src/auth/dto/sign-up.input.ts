import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-rules';

@InputType({ description: 'A new organization and its first admin.' })
export class SignUpInput {
  @Field({ description: 'Name of the organization.' })
  @IsString()
  @Length(1, 120)
  @NotBlank()
  organizationName!: string;

  @Field({ description: 'Full name of the first admin.' })
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name!: string;

  @Field({ description: 'Email address used to sign in.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: `Password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password!: string;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../auth/dto/password-rules';

@InputType({ description: 'A new password, with the token from the reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  @IsString()
  @Length(10, 200)
  token!: string;

  @Field({ description: `New password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password!: string;
}

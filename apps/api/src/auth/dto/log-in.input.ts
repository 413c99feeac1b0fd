import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX } from './password-rules';

@InputType({ description: 'Email and password.' })
export class LogInInput {
  @Field({ description: 'Email address.' })
  @IsString()
  @Length(1, 254)
  email!: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';

@InputType({ description: 'Who forgot their password.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The email address they log in with.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

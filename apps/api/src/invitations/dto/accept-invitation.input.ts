import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { NotBlank } from '../../common/validation/not-blank.decorator';
import { NotNullWhenGiven } from '../../common/validation/not-null-when-given.decorator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../auth/dto/password-rules';

@InputType({ description: 'Accepting an invitation: the token from the link and a new password.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @Length(10, 200)
  token!: string;

  @Field({ description: `New password, ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.` })
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX, { message: `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long` })
  password!: string;

  @Field({ nullable: true, description: 'Their name, if the admin got it wrong.' })
  @NotNullWhenGiven()
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name?: string;
}

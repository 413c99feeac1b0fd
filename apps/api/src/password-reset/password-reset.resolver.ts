import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, RequestContext } from '../auth/access.decorators';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { RequestPasswordResetInput } from './dto/request-password-reset.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, { description: 'Mails a single-use link to reset the password, if the email has an account; always answers true.' })
  @Public()
  async requestPasswordReset(
    @Args('input', { description: 'The email address.' }) input: RequestPasswordResetInput,
    @RequestContext() context: GraphqlContext,
  ): Promise<boolean> {
    return this.resets.request(input, context.req.ip ?? 'unknown');
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with a reset link’s token and ends every session of the person; they then log in.' })
  @Public()
  async resetPassword(@Args('input', { description: 'Token and new password.' }) input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(input);
  }
}

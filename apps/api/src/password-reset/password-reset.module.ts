import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SessionsModule } from '../auth/sessions.module';
import { MailModule } from '../mail/mail.module';
import { PeopleModule } from '../people/people.module';
import { PasswordResetThrottle } from './password-reset-throttle.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';

/** "Forgot my password": a mailed, single-use, expiring link that sets a new password and ends every session. */
@Module({
  imports: [AuthModule, SessionsModule, PeopleModule, MailModule],
  providers: [PasswordResetService, PasswordResetResolver, PasswordResetThrottle],
})
export class PasswordResetModule {}

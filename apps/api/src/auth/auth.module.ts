import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsModule } from './sessions.module';
import { SessionsResolver } from './sessions.resolver';

@Module({
  imports: [SessionsModule, PeopleModule, OrganizationsModule],
  providers: [AuthService, AuthResolver, SessionsResolver, LoginThrottleService],
  exports: [AuthService, LoginThrottleService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsModule } from './sessions.module';

@Module({
  imports: [SessionsModule, PeopleModule, OrganizationsModule],
  providers: [AuthService, AuthResolver, LoginThrottleService],
  exports: [AuthService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/sessions.module';
import { LadderModule } from '../ladder/ladder.module';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [SessionsModule, PeopleModule, LadderModule, OrganizationsModule, MailModule],
  providers: [InvitationsService, InvitationsResolver],
})
export class InvitationsModule {}

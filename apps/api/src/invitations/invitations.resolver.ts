import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, CurrentViewer, Public, RequestContext } from '../auth/access.decorators';
import { AuthCookies } from '../auth/auth-cookies';
import { bindSignedIn } from '../auth/bind-viewer.step';
import { SessionsService } from '../auth/sessions.service';
import { DeviceCookies } from '../auth/device-cookies.service';
import type { Viewer } from '../auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { Person } from '../people/models/person.model';
import { PeopleLoaders } from '../people/people-loaders';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InvitePersonInput } from './dto/invite-person.input';
import { InvitationsService, IssuedInvitation } from './invitations.service';
import { InvitationLink, InvitationPreview } from './models/invitation.model';

function toLink(issued: IssuedInvitation): InvitationLink {
  return Object.assign(new InvitationLink(), { person: Person.from(issued.person), url: issued.url, expiresAt: issued.expiresAt, emailed: issued.emailed });
}

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly cookies: AuthCookies,
    private readonly devices: DeviceCookies,
    private readonly sessions: SessionsService,
    private readonly people: PeopleLoaders,
  ) {}

  @Mutation(() => InvitationLink, { description: 'Invites someone by email: mails them a single-use link and returns it too, to pass on if the mail does not arrive (admins).' })
  @AdminOnly()
  async invitePerson(@CurrentViewer() viewer: Viewer, @Args('input', { description: 'Who to invite.' }) input: InvitePersonInput): Promise<InvitationLink> {
    return toLink(await this.invitations.invite(viewer, input));
  }

  @Mutation(() => InvitationLink, { description: 'A new link for someone who has not accepted yet; older links stop working (admins).' })
  @AdminOnly()
  async reissueInvitation(@CurrentViewer() viewer: Viewer, @Args('personId', { type: () => ID, description: 'The invited person.' }) personId: string): Promise<InvitationLink> {
    return toLink(await this.invitations.reissue(viewer, personId));
  }

  @Query(() => InvitationPreview, { description: 'Who an invitation link is for, before accepting it.' })
  @Public()
  async invitation(@Args('token', { description: 'The token from the link.' }) token: string): Promise<InvitationPreview> {
    const { invitation, person, organization } = await this.invitations.preview(token);
    return Object.assign(new InvitationPreview(), { organizationName: organization.name, name: person.name, email: person.email, expiresAt: invitation.expiresAt });
  }

  @Mutation(() => Person, { description: 'Accepts an invitation: sets a password and signs in.' })
  @Public()
  async acceptInvitation(
    @Args('input', { description: 'Token and new password.' }) input: AcceptInvitationInput,
    @RequestContext() context: GraphqlContext,
  ): Promise<Person> {
    const { person, token } = await this.invitations.accept(input, context.req.headers['user-agent']);
    this.cookies.setSession(context, token);
    this.cookies.setDevice(context, await this.devices.issue(person.email));
    await bindSignedIn(this.sessions, this.people, context, token);
    return Person.from(person);
  }
}

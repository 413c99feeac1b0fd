import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { hashToken, newToken } from '../auth/tokens';
import { assertAdmin, type Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { withOrganization } from '../database/tenant-scope';
import { LadderService } from '../ladder/ladder.service';
import { Mailer } from '../mail/mailer.service';
import { renderInvitationMail } from '../mail/templates/account-mails';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleService } from '../people/people.service';
import { PeopleException, PeopleExceptionCode } from '../people/people.exception';
import type { PersonEntity } from '../people/person.entity';
import { PersonStatus } from '../people/person-status';
import { ReportingLinesService } from '../people/reporting-lines.service';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InvitePersonInput } from './dto/invite-person.input';
import { InvitationEntity } from './invitation.entity';
import { InvitationsException, InvitationsExceptionCode } from './invitations.exception';

export interface IssuedInvitation {
  person: PersonEntity;
  url: string;
  expiresAt: Date;
  /** Whether the link also went out by mail; the admin is shown it either way. */
  emailed: boolean;
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleService,
    private readonly reportingLines: ReportingLinesService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
    private readonly ladder: LadderService,
    private readonly organizations: OrganizationsService,
    private readonly crossTenant: CrossTenantLookups,
    private readonly mailer: Mailer,
  ) {}

  /** Creates the invited person (or finds them, if invited or imported before) and issues a fresh link. */
  async invite(viewer: Viewer, input: InvitePersonInput): Promise<IssuedInvitation> {
    assertAdmin(viewer);
    const issued = await this.dataSource.transaction(async (manager) => {
      const existing = await this.people.findByEmail(manager, input.email);
      if (existing && (existing.organizationId !== viewer.organizationId || existing.status !== PersonStatus.INVITED)) throw this.alreadyMember(input.email);
      let person = existing;
      if (!person) {
        // Any id given, the empty string included, must name a level: only null means "no level".
        if (input.levelId != null) await this.assertLevel(manager, viewer, input.levelId);
        person = await this.people
          .createPerson(manager, {
            organizationId: viewer.organizationId,
            email: input.email,
            name: input.name,
            title: input.title,
            levelId: input.levelId,
            isAdmin: input.isAdmin,
            status: PersonStatus.INVITED,
          })
          .catch((error: unknown) => {
            // Not in this organization (it would have been found above): someone elsewhere has the email.
            if (error instanceof PeopleException && error.code === PeopleExceptionCode.EMAIL_TAKEN) throw this.alreadyMember(input.email);
            throw error;
          });
        if (input.managerId != null) {
          await this.reportingLines.lock(manager, viewer.organizationId);
          await this.reportingLines.changeManager(manager, person, input.managerId, viewer.personId);
        }
      }
      return this.issue(manager, viewer, person);
    });
    return this.mailLink(viewer, issued);
  }

  /** A new link for someone invited or imported who has not accepted yet; older links stop working. */
  async reissue(viewer: Viewer, personId: string): Promise<IssuedInvitation> {
    assertAdmin(viewer);
    const issued = await this.dataSource.transaction(async (manager) => {
      const person = await this.people.getPerson(viewer, personId, manager);
      if (person.status !== PersonStatus.INVITED) {
        throw new InvitationsException(InvitationsExceptionCode.ALREADY_MEMBER, `${person.name} has already set a password or is deactivated.`);
      }
      return this.issue(manager, viewer, person);
    });
    return this.mailLink(viewer, issued);
  }

  /**
   * Mails the link to the invitee once the invitation is committed, inside the request (the
   * outbox will take this over). A mail that cannot be sent leaves the invitation as it is: the
   * admin has the link and is told it was not mailed.
   */
  private async mailLink(viewer: Viewer, issued: Omit<IssuedInvitation, 'emailed'>): Promise<IssuedInvitation> {
    try {
      const [inviter, organization] = await Promise.all([this.people.byId(this.dataSource.manager, viewer.personId), this.organizations.mine(viewer)]);
      const expiresOn = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: organization.timeZone }).format(issued.expiresAt);
      const mail = renderInvitationMail({ inviteeName: issued.person.name, inviterName: inviter.name, organizationName: organization.name, link: issued.url, expiresOn });
      await this.mailer.send({ to: { name: issued.person.name, address: issued.person.email }, ...mail });
      return { ...issued, emailed: true };
    } catch (error) {
      this.logger.warn({ msg: 'the invitation was not mailed; the admin has the link', err: error });
      return { ...issued, emailed: false };
    }
  }

  async preview(token: string): Promise<{ invitation: InvitationEntity; person: PersonEntity; organization: OrganizationEntity }> {
    return this.inOrganizationOf(token, async () => {
      const invitation = await this.dataSource.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(token) });
      this.assertUsable(invitation);
      const person = await this.people.byId(this.dataSource.manager, invitation.personId);
      const organization = await this.organizations.byId(invitation.organizationId);
      return { invitation, person, organization };
    });
  }

  /** Sets the password and signs the person in. The link works once: a second use is refused. */
  async accept(input: AcceptInvitationInput, userAgent?: string): Promise<{ person: PersonEntity; token: string }> {
    const passwordHash = await hashPassword(input.password);
    return this.inOrganizationOf(input.token, () =>
      this.dataSource.transaction(async (manager) => {
        // For UPDATE … RETURNING the pg driver answers [rows, affected count].
        const [claimed]: [{ person_id: string }[], number] = await manager.query(
          `UPDATE invitations SET accepted_at = $2
            WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $2
            RETURNING person_id`,
          [hashToken(input.token), this.clock.now()],
        );
        if (claimed.length === 0) {
          this.assertUsable(await manager.getRepository(InvitationEntity).findOneBy({ tokenHash: hashToken(input.token) }));
          throw new InvitationsException(InvitationsExceptionCode.INVITATION_USED, 'This invitation has already been used.');
        }
        const person = await this.people.byId(manager, claimed[0].person_id);
        if (person.status !== PersonStatus.INVITED) {
          throw new InvitationsException(InvitationsExceptionCode.INVITATION_USED, 'This invitation is no longer valid.');
        }
        const activated = await this.people.activate(manager, person.id, passwordHash, input.name);
        const token = await this.sessions.start(manager, activated, userAgent);
        return { person: activated, token };
      }),
    );
  }

  /**
   * Whoever opens a link is nobody yet: the token's organization is a cross-tenant lookup, and the
   * rest runs there. An unknown token runs in no organization and finds no invitation.
   */
  private async inOrganizationOf<T>(token: string, work: () => Promise<T>): Promise<T> {
    const organizationId = await this.crossTenant.organizationOfInvitation(hashToken(token));
    return organizationId ? withOrganization(organizationId, work) : work();
  }

  private alreadyMember(email: string) {
    return new InvitationsException(InvitationsExceptionCode.ALREADY_MEMBER, `${email.trim()} already has an Onward account.`);
  }

  private async issue(manager: EntityManager, viewer: Viewer, person: PersonEntity): Promise<Omit<IssuedInvitation, 'emailed'>> {
    const repo = manager.getRepository(InvitationEntity);
    await repo.update({ personId: person.id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    const { token, hash } = newToken();
    const expiresAt = this.clock.daysFromNow(this.config.invitationDays);
    await repo.insert({ organizationId: viewer.organizationId, personId: person.id, invitedById: viewer.personId, tokenHash: hash, expiresAt });
    return { person, url: `${this.config.publicUrl}/invite/${token}`, expiresAt };
  }

  private assertUsable(invitation: InvitationEntity | null): asserts invitation is InvitationEntity {
    if (!invitation || invitation.revokedAt) {
      throw new InvitationsException(InvitationsExceptionCode.INVITATION_NOT_FOUND, 'This invitation link is not valid; ask your admin for a new one.');
    }
    if (invitation.acceptedAt) {
      throw new InvitationsException(InvitationsExceptionCode.INVITATION_USED, 'This invitation has already been used; log in instead.');
    }
    if (invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new InvitationsException(InvitationsExceptionCode.INVITATION_EXPIRED, 'This invitation has expired; ask your admin for a new one.');
    }
  }

  private async assertLevel(manager: EntityManager, viewer: Viewer, levelId: string): Promise<void> {
    if (!(await this.ladder.exists(viewer.organizationId, levelId, manager))) {
      throw new PeopleException(PeopleExceptionCode.LEVEL_NOT_FOUND, 'That level is not on this organization’s ladder.');
    }
  }
}

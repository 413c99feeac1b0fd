import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { withOrganization } from '../database/tenant-scope';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleException } from '../people/people.exception';
import { PeopleService } from '../people/people.service';
import type { PersonEntity } from '../people/person.entity';
import { PersonStatus } from '../people/person-status';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { DeviceCookies } from './device-cookies.service';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { hashPassword, verifyPassword } from './passwords';
import { LoginThrottleService } from './login-throttle.service';
import type { AttemptClaim } from './login-throttle.service';
import { SessionsService } from './sessions.service';

export interface SignedIn {
  person: PersonEntity;
  token: string;
  /** A fresh device cookie for the browser that signed in. */
  deviceCookie: string;
}

/** Where a log-in comes from, as far as the request tells. */
export interface LogInOrigin {
  clientIp: string;
  /** The device cookie the browser sent, if any; checked here, trusted only for its own login. */
  deviceCookie: string | undefined;
  userAgent: string | undefined;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly crossTenant: CrossTenantLookups,
    private readonly devices: DeviceCookies,
  ) {}

  /** Creates an organization with the default ladder and its first admin, and signs them in. */
  async signUp(input: SignUpInput, userAgent: string | undefined): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    // Everything is written inside the new organization's tenant scope, so its id comes first.
    const organizationId = randomUUID();
    const signedIn = await withOrganization(organizationId, () =>
      this.dataSource.transaction(async (manager) => {
        await this.people.assertEmailFree(manager, input.email).catch((error: unknown) => {
          if (error instanceof PeopleException) throw new AuthException(AuthExceptionCode.EMAIL_TAKEN, 'An account with that email already exists; log in instead.');
          throw error;
        });
        const organization = await this.organizations.create(manager, organizationId, input.organizationName);
        const person = await this.people.createPerson(manager, {
          organizationId: organization.id,
          email: input.email,
          name: input.name,
          isAdmin: true,
          status: PersonStatus.ACTIVE,
          passwordHash,
        });
        const token = await this.sessions.start(manager, person, userAgent);
        return { person, token };
      }),
    );
    return { ...signedIn, deviceCookie: await this.devices.issue(input.email) };
  }

  /**
   * The same answer for an unknown email, a wrong password and a locked account: nobody learns who
   * has one. A password is verified only after the attempt has claimed its slot (LoginThrottleService),
   * so a refused attempt costs no lookup and no verification. Nobody is known before the email is,
   * so its organization is a cross-tenant lookup; the rest runs in that organization (or in none,
   * for an unknown email, and finds nobody).
   */
  async logIn(input: LogInInput, origin: LogInOrigin): Promise<SignedIn> {
    const deviceNonce = await this.devices.trustedNonce(origin.deviceCookie, input.email);
    const claim = await this.throttle.claim(input.email, origin.clientIp, deviceNonce);
    const organizationId = await this.crossTenant.organizationOfEmail(input.email);
    const attempt = () => this.attemptClaimed(input, origin, claim);
    return organizationId ? withOrganization(organizationId, attempt) : attempt();
  }

  /** The one password verification a claimed attempt gets. */
  private async attemptClaimed(input: LogInInput, origin: LogInOrigin, claim: AttemptClaim): Promise<SignedIn> {
    const person = await this.people.findByEmail(this.dataSource.manager, input.email, { withPasswordHash: true });
    const valid = await verifyPassword(person?.passwordHash, input.password);
    if (!person || !valid || person.status !== PersonStatus.ACTIVE) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'That email and password do not match an active account.');
    }
    await this.throttle.succeeded(claim);
    const token = await this.sessions.start(this.dataSource.manager, person, origin.userAgent);
    return { person, token, deviceCookie: await this.devices.issue(input.email) };
  }
}

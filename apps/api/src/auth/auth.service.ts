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
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { hashPassword, verifyPassword } from './passwords';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsService } from './sessions.service';

export interface SignedIn {
  person: PersonEntity;
  token: string;
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
  ) {}

  /** Creates an organization with the default ladder and its first admin, and signs them in. */
  async signUp(input: SignUpInput): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    // Everything is written inside the new organization's tenant scope, so its id comes first.
    const organizationId = randomUUID();
    return withOrganization(organizationId, () =>
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
        const token = await this.sessions.start(manager, person);
        return { person, token };
      }),
    );
  }

  /**
   * The same answer for an unknown email, a wrong password and a locked account: nobody learns who
   * has one. Nobody is known before the email is, so its organization is a cross-tenant lookup;
   * the rest runs in that organization (or in none, for an unknown email, and finds nobody).
   */
  async logIn(input: LogInInput, clientIp: string): Promise<SignedIn> {
    await this.throttle.assertAllowed(input.email, clientIp);
    const organizationId = await this.crossTenant.organizationOfEmail(input.email);
    const attempt = () => this.attemptLogIn(input, clientIp);
    return organizationId ? withOrganization(organizationId, attempt) : attempt();
  }

  private async attemptLogIn(input: LogInInput, clientIp: string): Promise<SignedIn> {
    const person = await this.people.findByEmail(this.dataSource.manager, input.email, { withPasswordHash: true });
    const valid = await verifyPassword(person?.passwordHash, input.password);
    if (!person || !valid || person.status !== PersonStatus.ACTIVE) {
      await this.throttle.recordFailure(input.email, clientIp);
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'That email and password do not match an active account.');
    }
    await this.throttle.recordSuccess(input.email);
    const token = await this.sessions.start(this.dataSource.manager, person);
    return { person, token };
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { hashPassword } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { hashToken, newToken } from '../auth/tokens';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { withOrganization } from '../database/tenant-scope';
import { Mailer } from '../mail/mailer.service';
import { renderPasswordResetMail } from '../mail/templates/account-mails';
import { PeopleService } from '../people/people.service';
import type { PersonEntity } from '../people/person.entity';
import { PersonStatus } from '../people/person-status';
import { RequestPasswordResetInput } from './dto/request-password-reset.input';
import { ResetPasswordInput } from './dto/reset-password.input';
import { PasswordResetThrottle } from './password-reset-throttle.service';
import { PasswordResetEntity } from './password-reset.entity';
import { PasswordResetException, PasswordResetExceptionCode } from './password-reset.exception';

/**
 * "Forgot my password". Asking answers the same whoever asks: an unknown email, a deactivated or
 * not yet activated account and a real one all get `true`, and the mail goes out after the answer,
 * so neither the answer nor its timing tells who has an account. A link works once, for
 * `passwordResetMinutes`; using it sets the password and ends every session of the person.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly crossTenant: CrossTenantLookups,
    private readonly people: PeopleService,
    private readonly sessions: SessionsService,
    private readonly throttle: PasswordResetThrottle,
    private readonly loginThrottle: LoginThrottleService,
    private readonly mailer: Mailer,
  ) {}

  async request(input: RequestPasswordResetInput, clientIp: string): Promise<true> {
    await this.throttle.claim(input.email, clientIp);
    const organizationId = await this.crossTenant.organizationOfEmailForReset(input.email);
    if (!organizationId) return true;
    const issued = await withOrganization(organizationId, () => this.issue(input.email));
    // Not awaited: the answer must not wait for the SMTP server, or its timing would tell.
    if (issued) void this.mail(issued.person, issued.url);
    return true;
  }

  async reset(input: ResetPasswordInput): Promise<true> {
    // Hashed before anything is looked up, so a bad link costs as long as a good one.
    const passwordHash = await hashPassword(input.password);
    const tokenHash = hashToken(input.token);
    const organizationId = await this.crossTenant.organizationOfPasswordReset(tokenHash);
    if (!organizationId) throw this.notFound();
    const person = await withOrganization(organizationId, () =>
      this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        // Claimed in one statement: of two requests with the same link, one wins.
        const [claimed]: [{ person_id: string }[], number] = await manager.query(
          `UPDATE password_resets SET used_at = $2
            WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
            RETURNING person_id`,
          [tokenHash, now],
        );
        if (claimed.length === 0) throw this.whyUnusable(await manager.getRepository(PasswordResetEntity).findOneBy({ tokenHash }));
        const person = await this.people.byId(manager, claimed[0].person_id);
        if (person.status !== PersonStatus.ACTIVE) throw this.notFound();
        await this.people.setPassword(manager, person.id, passwordHash);
        // A reset is what someone does who fears another has their password: every session ends.
        await this.sessions.endAllFor(manager, person.id);
        await manager.getRepository(PasswordResetEntity).update({ personId: person.id, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
        return person;
      }),
    );
    // Whoever holds the mailbox may log in again, even if guessing had locked the account.
    await this.loginThrottle.forgive(person.email);
    return true;
  }

  /** A fresh link for an active person with this email, voiding older ones; nothing for anyone else. */
  private async issue(email: string): Promise<{ person: PersonEntity; url: string } | null> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const person = await this.people.findByEmail(manager, email);
      if (!person || person.status !== PersonStatus.ACTIVE) return null;
      const repo = manager.getRepository(PasswordResetEntity);
      const now = this.clock.now();
      await repo.update({ personId: person.id, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
      const { token, hash } = newToken();
      await repo.insert({
        organizationId: person.organizationId,
        personId: person.id,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + this.config.passwordResetMinutes * 60_000),
      });
      return { person, url: `${this.config.publicUrl}/reset-password/${token}` };
    });
  }

  private async mail(person: PersonEntity, url: string): Promise<void> {
    try {
      const mail = renderPasswordResetMail({ recipientName: person.name, link: url, validMinutes: this.config.passwordResetMinutes });
      await this.mailer.send({ to: { name: person.name, address: person.email }, ...mail });
    } catch (error) {
      this.logger.warn({ msg: 'a password reset link could not be mailed', err: error });
    }
  }

  private whyUnusable(reset: PasswordResetEntity | null) {
    if (!reset || reset.revokedAt) return this.notFound();
    if (reset.usedAt) return new PasswordResetException(PasswordResetExceptionCode.RESET_LINK_USED, 'This reset link has already been used; ask for a new one if you need to.');
    return new PasswordResetException(PasswordResetExceptionCode.RESET_LINK_EXPIRED, 'This reset link has expired; ask for a new one.');
  }

  private notFound() {
    return new PasswordResetException(PasswordResetExceptionCode.RESET_LINK_NOT_FOUND, 'This reset link is not valid; ask for a new one.');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { normaliseEmail } from './login-name';

/**
 * Attempts allowed in the window. Without a device cookie: per account, shared by every untrusted
 * browser (this is what locks under attack), and per client address. With a valid device cookie for
 * the account: per device, and nothing else, so guessing from elsewhere cannot lock its owner out.
 */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 10, perClient: 100, perDevice: 5 };

/** A slot taken before a password is verified; a success gives it back. */
export interface AttemptClaim {
  readonly email: string;
  readonly deviceNonce: string | null;
}

/**
 * Slows password guessing down. Every attempt first claims a slot in PostgreSQL, atomically, and only
 * a claimed attempt gets its password verified: however requests are packaged (in parallel, several
 * instances, aliases in one document), no more verifications run than the limit allows. A claim
 * stays as the failure it turns out to be; a success deletes its bucket's claims.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async claim(rawEmail: string, clientIp: string, deviceNonce: string | null): Promise<AttemptClaim> {
    const email = normaliseEmail(rawEmail);
    const now = this.clock.now();
    const claimed = await this.dataSource.transaction(async (manager) => {
      await this.lockBuckets(manager, email, clientIp, deviceNonce);
      // Under the locks nobody else can claim in these buckets, so the count and the insert agree.
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO login_attempts (email_lower, client_ip, device_nonce, attempted_at)
         SELECT $1::varchar, $2::varchar, $3::varchar, $4::timestamptz
          WHERE (SELECT count(*) FROM login_attempts
                  WHERE email_lower = $1 AND device_nonce IS NOT DISTINCT FROM $3
                    AND attempted_at > $4::timestamptz - make_interval(mins => $5)) < $6
            AND ($3 IS NOT NULL OR (SELECT count(*) FROM login_attempts
                  WHERE client_ip = $2 AND device_nonce IS NULL
                    AND attempted_at > $4::timestamptz - make_interval(mins => $5)) < $7)
         RETURNING id`,
        [email, clientIp, deviceNonce, now, LOGIN_LIMITS.windowMinutes, deviceNonce ? LOGIN_LIMITS.perDevice : LOGIN_LIMITS.perEmail, LOGIN_LIMITS.perClient],
      );
      return rows.length > 0;
    });
    // Old rows only ever matter for a window of minutes; trim them now and then.
    if (Math.random() < 0.02) await this.dataSource.query(`DELETE FROM login_attempts WHERE attempted_at < $1::timestamptz - interval '1 day'`, [now]);
    if (!claimed) {
      throw new AuthException(
        AuthExceptionCode.TOO_MANY_ATTEMPTS,
        `Too many failed attempts; wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or ask your admin for a new invitation link.`,
      );
    }
    return { email, deviceNonce };
  }

  /** The password was right: that bucket starts afresh (a device's success leaves the untrusted count alone). */
  async succeeded(claim: AttemptClaim): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE email_lower = $1 AND device_nonce IS NOT DISTINCT FROM $2', [claim.email, claim.deviceNonce]);
  }

  /** Someone proved they hold the mailbox (a password reset): the account's untrusted bucket starts afresh. */
  async forgive(rawEmail: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE email_lower = $1 AND device_nonce IS NULL', [normaliseEmail(rawEmail)]);
  }

  /**
   * Transaction-scoped advisory locks on the buckets an attempt counts in. Untrusted attempts take the
   * client's lock before the account's, always in that order, so two of them cannot deadlock.
   */
  private async lockBuckets(manager: EntityManager, email: string, clientIp: string, deviceNonce: string | null): Promise<void> {
    const keys = deviceNonce ? [`login:device:${deviceNonce}`] : [`login:client:${clientIp}`, `login:account:${email}`];
    for (const key of keys) await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '../auth/login-name';
import { Clock } from '../common/clock/clock';
import { PasswordResetException, PasswordResetExceptionCode } from './password-reset.exception';

/**
 * Reset requests allowed in the window: per email (so nobody's mailbox is flooded, and the same
 * whether the account exists or not) and per client address (so one client cannot sweep through
 * many emails).
 */
export const RESET_REQUEST_LIMITS = { windowMinutes: 60, perEmail: 3, perClient: 20 };

/**
 * Counted in PostgreSQL like log-in attempts (auth/login-throttle.service.ts), so the limits hold
 * across instances: each request claims a slot under advisory locks on its buckets, before the
 * email is looked up or anything is sent.
 */
@Injectable()
export class PasswordResetThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async claim(rawEmail: string, clientIp: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const now = this.clock.now();
    const claimed = await this.dataSource.transaction(async (manager) => {
      // Always the client's lock before the email's, so two requests cannot deadlock.
      for (const key of [`reset:client:${clientIp}`, `reset:email:${email}`]) await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO password_reset_requests (email_lower, client_ip, requested_at)
         SELECT $1::varchar, $2::varchar, $3::timestamptz
          WHERE (SELECT count(*) FROM password_reset_requests WHERE email_lower = $1 AND requested_at > $3::timestamptz - make_interval(mins => $4)) < $5
            AND (SELECT count(*) FROM password_reset_requests WHERE client_ip = $2 AND requested_at > $3::timestamptz - make_interval(mins => $4)) < $6
         RETURNING id`,
        [email, clientIp, now, RESET_REQUEST_LIMITS.windowMinutes, RESET_REQUEST_LIMITS.perEmail, RESET_REQUEST_LIMITS.perClient],
      );
      return rows.length > 0;
    });
    // Old rows only ever matter for an hour; trim them now and then.
    if (Math.random() < 0.02) await this.dataSource.query(`DELETE FROM password_reset_requests WHERE requested_at < $1::timestamptz - interval '1 day'`, [now]);
    if (!claimed) {
      throw new PasswordResetException(
        PasswordResetExceptionCode.TOO_MANY_RESET_REQUESTS,
        `Too many password reset requests; wait ${RESET_REQUEST_LIMITS.windowMinutes} minutes and try again.`,
      );
    }
  }
}

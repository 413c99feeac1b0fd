import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AuthException, AuthExceptionCode } from './auth.exception';

/** Failed attempts allowed in the window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 10, perClient: 100 };

/**
 * Slows password guessing down. Counts live in PostgreSQL, so the limit holds across several API
 * instances; a successful log-in clears the account's count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, clientIp: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_lower = $1)::int AS by_email, count(*) FILTER (WHERE client_ip = $2)::int AS by_client
         FROM login_attempts
        WHERE (email_lower = $1 OR client_ip = $2) AND attempted_at > $4::timestamptz - make_interval(mins => $3)`,
      [email.trim().toLowerCase(), clientIp, LOGIN_LIMITS.windowMinutes, this.clock.now()],
    );
    if (row.by_email >= LOGIN_LIMITS.perEmail || row.by_client >= LOGIN_LIMITS.perClient) {
      throw new AuthException(
        AuthExceptionCode.TOO_MANY_ATTEMPTS,
        `Too many failed attempts; wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or ask your admin for a new invitation link.`,
      );
    }
  }

  async recordFailure(email: string, clientIp: string): Promise<void> {
    await this.dataSource.query('INSERT INTO login_attempts (email_lower, client_ip, attempted_at) VALUES ($1, $2, $3)', [email.trim().toLowerCase(), clientIp, this.clock.now()]);
    // Old rows only ever matter for a window of minutes; trim them now and then.
    if (Math.random() < 0.02) await this.dataSource.query(`DELETE FROM login_attempts WHERE attempted_at < $1::timestamptz - interval '1 day'`, [this.clock.now()]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE email_lower = $1', [email.trim().toLowerCase()]);
  }
}

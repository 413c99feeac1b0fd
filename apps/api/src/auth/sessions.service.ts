import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { SessionEntity } from './session.entity';
import { SessionsException, SessionsExceptionCode } from './sessions.exception';
import { hashToken, newToken } from './tokens';
import { summariseUserAgent } from './user-agent-summary';
import type { Viewer } from './viewer';

/** A session's last use is written at most this often, so reading a page is not a write per request. */
export const SESSION_TOUCH_MINUTES = 5;

/** A session as its owner sees it in their list. */
export interface SessionSummary {
  id: string;
  signedInAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  device: string | null;
}

interface SessionRow {
  session_id: string;
  person_id: string;
  organization_id: string;
  is_admin: boolean;
  last_used_at: Date;
}

/**
 * Sessions slide: each use pushes the end out to `sessionDays` after it (ASVS V7.3 inactivity
 * timeout), but never past `sessionMaxDays` after sign-in (the absolute lifetime). A person sees and
 * ends only their own sessions; someone else's answers like a missing one.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Opens a session and returns its token; only the token's hash is stored. */
  async start(manager: EntityManager, person: { id: string; organizationId: string }, userAgent?: string): Promise<string> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const absoluteExpiresAt = this.clock.daysFromNow(this.config.sessionMaxDays);
    const idleExpiresAt = this.clock.daysFromNow(this.config.sessionDays);
    // Ended sessions are useless to everyone: a sign-in sweeps its own person's.
    await manager.query('DELETE FROM sessions WHERE person_id = $1 AND expires_at <= $2', [person.id, now]);
    await manager.getRepository(SessionEntity).insert({
      organizationId: person.organizationId,
      personId: person.id,
      tokenHash: hash,
      signedInAt: now,
      lastUsedAt: now,
      expiresAt: idleExpiresAt < absoluteExpiresAt ? idleExpiresAt : absoluteExpiresAt,
      absoluteExpiresAt,
      device: summariseUserAgent(userAgent),
    });
    return token;
  }

  /**
   * The viewer behind a token, if the session is live and the person still active: one statement,
   * and a second one only when the last recorded use is more than SESSION_TOUCH_MINUTES old.
   */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const now = this.clock.now();
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, p.id AS person_id, p.organization_id, p.is_admin, s.last_used_at
         FROM sessions s JOIN people p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > $2 AND p.status = 'ACTIVE'`,
      [hashToken(token), now],
    );
    const row = rows[0];
    if (!row) return null;
    if (now.getTime() - row.last_used_at.getTime() >= SESSION_TOUCH_MINUTES * 60_000) await this.touch(row.session_id, now);
    return { kind: 'PERSON', sessionId: row.session_id, personId: row.person_id, organizationId: row.organization_id, isAdmin: row.is_admin };
  }

  /** The viewer's live sessions, this one first, then the most recently used. */
  async listFor(viewer: Viewer): Promise<SessionSummary[]> {
    return this.dataSource.query(
      `SELECT id, signed_in_at AS "signedInAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt", device
         FROM sessions
        WHERE organization_id = $1 AND person_id = $2 AND expires_at > $3
        ORDER BY id = $4 DESC, last_used_at DESC, signed_in_at DESC`,
      [viewer.organizationId, viewer.personId, this.clock.now(), viewer.sessionId],
    );
  }

  /** Ends one of the viewer's other sessions; returns its id. */
  async endOther(viewer: Viewer, sessionId: string): Promise<string> {
    if (isUuid(sessionId) && sessionId.toLowerCase() === viewer.sessionId) {
      throw new SessionsException(SessionsExceptionCode.CURRENT_SESSION, 'This is the session you are using; log out to end it.');
    }
    const [ended]: [{ id: string }[], number] = isUuid(sessionId)
      ? await this.dataSource.query(
          'DELETE FROM sessions WHERE id = $1 AND organization_id = $2 AND person_id = $3 AND expires_at > $4 RETURNING id',
          [sessionId, viewer.organizationId, viewer.personId, this.clock.now()],
        )
      : [[], 0];
    if (ended.length === 0) throw new SessionsException(SessionsExceptionCode.SESSION_NOT_FOUND, 'No such session of yours; it may have ended already.');
    return ended[0].id;
  }

  /** Ends every session of the viewer but this one; returns the ids of those that were still live. */
  async endAllOthers(viewer: Viewer): Promise<string[]> {
    const [ended]: [{ id: string; live: boolean }[], number] = await this.dataSource.query(
      'DELETE FROM sessions WHERE organization_id = $1 AND person_id = $2 AND id <> $3 RETURNING id, expires_at > $4 AS live',
      [viewer.organizationId, viewer.personId, viewer.sessionId, this.clock.now()],
    );
    return ended.filter((row) => row.live).map((row) => row.id);
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }

  async endAllFor(manager: EntityManager, personId: string): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ personId });
  }

  /** Records a use and slides the end out; the condition makes racing requests write once. */
  private async touch(sessionId: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE sessions SET last_used_at = $2, expires_at = LEAST($2::timestamptz + make_interval(days => $3), absolute_expires_at)
        WHERE id = $1 AND last_used_at <= $2::timestamptz - make_interval(mins => $4)`,
      [sessionId, now, this.config.sessionDays, SESSION_TOUCH_MINUTES],
    );
  }
}

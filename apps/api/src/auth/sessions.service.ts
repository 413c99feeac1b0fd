import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { isUuid } from '../common/is-uuid';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { currentOrganizationId, TenantScopeError } from '../database/tenant-scope';
import { Person } from '../people/models/person.model';
import type { PersonStatus } from '../people/person-status';
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

/** A live session found by its token, before anything of its organization has been read. */
export interface ResolvedSession {
  viewer: Viewer;
  /** The signed-in person, read by the same statement: the request's loaders start with it. */
  person: Person;
  lastUsedAt: Date;
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
    private readonly crossTenant: CrossTenantLookups,
  ) {}

  /** Opens a session and returns its token; only the token's hash is stored. */
  async start(manager: EntityManager, person: { id: string; organizationId: string }, userAgent?: string): Promise<string> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const absoluteExpiresAt = this.clock.daysFromNow(this.config.sessionMaxDays);
    const idleExpiresAt = this.clock.daysFromNow(this.config.sessionDays);
    // Ended sessions are useless to everyone: a sign-in sweeps its own person's.
    await manager.query('DELETE FROM sessions WHERE organization_id = $1 AND person_id = $2 AND expires_at <= $3', [person.organizationId, person.id, now]);
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
   * The live session and active person behind a token, in one statement. No organization is known
   * yet, so this is one of the named cross-tenant lookups; it only reads. Recording the use is a write
   * and waits for the viewer's tenant scope (`recordUse`).
   */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token) return null;
    const row = await this.crossTenant.sessionViewer(hashToken(token), this.clock.now());
    if (!row) return null;
    const viewer: Viewer = { kind: 'PERSON', sessionId: row.session_id, personId: row.person_id, organizationId: row.organization_id, isAdmin: row.is_admin };
    const person = Object.assign(new Person(), {
      id: row.person_id,
      organizationId: row.organization_id,
      email: row.email,
      name: row.name,
      title: row.title,
      levelId: row.level_id,
      managerId: row.manager_id,
      isAdmin: row.is_admin,
      status: row.status as PersonStatus,
      joinedAt: row.joined_at,
    });
    return { viewer, person, lastUsedAt: row.last_used_at };
  }

  /**
   * Slides the session on: a second statement, only when its last recorded use is more than
   * SESSION_TOUCH_MINUTES old. It must run inside the viewer's organization: row-level security
   * would otherwise show the update no row, and the session would end while in use.
   */
  async recordUse({ viewer, lastUsedAt }: Pick<ResolvedSession, 'viewer' | 'lastUsedAt'>): Promise<void> {
    // Checked even when nothing is due, so a caller outside the scope fails at once, not minutes later.
    if (currentOrganizationId() !== viewer.organizationId) throw new TenantScopeError('a session can only be recorded as used inside its own organization');
    const now = this.clock.now();
    if (now.getTime() - lastUsedAt.getTime() < SESSION_TOUCH_MINUTES * 60_000) return;
    // The condition makes racing requests write once.
    await this.dataSource.query(
      `UPDATE sessions SET last_used_at = $3, expires_at = LEAST($3::timestamptz + make_interval(days => $4), absolute_expires_at)
        WHERE organization_id = $1 AND id = $2 AND last_used_at <= $3::timestamptz - make_interval(mins => $5)`,
      [viewer.organizationId, viewer.sessionId, now, this.config.sessionDays, SESSION_TOUCH_MINUTES],
    );
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
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import type { AppConfig } from '../config/app-config';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';
import type { Viewer } from './viewer';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly crossTenant: CrossTenantLookups,
  ) {}

  /** Opens a session and returns its token; only the token's hash is stored. */
  async start(manager: EntityManager, person: { id: string; organizationId: string }): Promise<string> {
    const { token, hash } = newToken();
    await manager.getRepository(SessionEntity).insert({
      organizationId: person.organizationId,
      personId: person.id,
      tokenHash: hash,
      expiresAt: this.clock.daysFromNow(this.config.sessionDays),
    });
    return token;
  }

  /**
   * The viewer behind a token, if the session is live and the person still active: one statement.
   * No organization is known yet, so this is one of the named cross-tenant lookups.
   */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const row = await this.crossTenant.sessionViewer(hashToken(token), this.clock.now());
    return row ? { kind: 'PERSON', sessionId: row.session_id, personId: row.person_id, organizationId: row.organization_id, isAdmin: row.is_admin } : null;
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
  }

  async endAllFor(manager: EntityManager, personId: string): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ personId });
  }
}

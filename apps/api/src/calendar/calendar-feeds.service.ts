import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../auth/tokens';
import { actAsSystem, type SystemActor, type Viewer } from '../auth/viewer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { CrossTenantLookups } from '../database/cross-tenant-lookups';
import { PeopleService } from '../people/people.service';
import { PersonStatus } from '../people/person-status';
import { PracticeService } from '../practice/practice.service';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { dueDayCalendar, type DueDayEvent } from './ics-documents';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A person's calendar feed: a secret address listing the practice due days of their direct
 * reports, for a calendar app to subscribe to. Only its owner makes, replaces or revokes it; the
 * address itself is the only credential a calendar app can carry, so it is shown once, kept as
 * a hash, and dies with a new one or a revocation.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly crossTenant: CrossTenantLookups,
    private readonly people: PeopleService,
    private readonly practice: PracticeService,
  ) {}

  async mine(viewer: Viewer): Promise<{ createdAt: Date } | null> {
    return this.dataSource.getRepository(CalendarFeedEntity).findOne({
      where: { organizationId: viewer.organizationId, personId: viewer.personId },
      select: { createdAt: true },
    });
  }

  /** A new address; any earlier one stops working at once. */
  async create(viewer: Viewer): Promise<{ url: string; createdAt: Date }> {
    const { token, hash } = newToken();
    const createdAt = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (organization_id, person_id, token_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
      [viewer.organizationId, viewer.personId, hash, createdAt],
    );
    return { url: `${this.config.publicUrl}/calendar/${token}.ics`, createdAt };
  }

  /** Whether there was a feed to revoke. */
  async revoke(viewer: Viewer): Promise<boolean> {
    const [, deleted]: [unknown, number] = await this.dataSource.query('DELETE FROM calendar_feeds WHERE organization_id = $1 AND person_id = $2', [
      viewer.organizationId,
      viewer.personId,
    ]);
    return deleted > 0;
  }

  /**
   * The feed behind an address, or null for an unknown, replaced or revoked one (or an owner who
   * is no longer active). It acts as the system for the owner's organization and reads what their
   * manager's view shows: each direct report's practice due day, set-wise.
   */
  async feed(token: string): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    const tokenHash = hashToken(token);
    const organizationId = await this.crossTenant.organizationOfCalendarFeed(tokenHash);
    if (!organizationId) return null;
    return actAsSystem(organizationId, 'calendar-feed', (actor) => this.feedIn(actor, tokenHash));
  }

  private async feedIn(actor: SystemActor, tokenHash: Buffer): Promise<string | null> {
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ organizationId: actor.organizationId, tokenHash });
    if (!feed) return null;
    const owner = await this.people.byId(this.dataSource.manager, feed.personId);
    if (owner.status !== PersonStatus.ACTIVE) return null;
    const reports = await this.people.directReportsOf(actor, owner.id);
    const statuses = await this.practice.statusesAsCurrentManagerSees(actor, reports.map((r) => r.id));
    const events: DueDayEvent[] = reports.flatMap((report) => {
      const status = statuses.get(report.id);
      if (!status) return [];
      const overdue = status.state === 'OVERDUE';
      return [
        {
          key: `practice-${report.id}-${status.dueOn}`,
          day: status.dueOn,
          summary: overdue ? `Interview practice with ${report.name} was due` : `Interview practice with ${report.name} due`,
          link: `${this.config.publicUrl}/team/${report.id}`,
        },
      ];
    });
    return dueDayCalendar('Onward: practice due', new URL(this.config.publicUrl).hostname, events, this.clock.now());
  }
}

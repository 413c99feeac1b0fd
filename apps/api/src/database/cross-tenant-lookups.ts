import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A call of one of the cross-tenant lookup functions, and nothing else. They run as the role that
 * reads every organization's rows of their few columns (its policies say USING (true)), so the
 * organization a connection carries changes nothing in their answer: the tenant-scoped query
 * runner sends them as they are instead of first clearing the connection's organization.
 */
export function isCrossTenantLookup(sql: string): boolean {
  return /^SELECT (?:[\w*]+ FROM )?cross_tenant_[a-z_]+\([$\d, ]*\)(?: AS \w+)?$/.test(sql);
}

/** Why a lookup crosses organizations; it names the log line too. */
export type CrossTenantReason =
  | 'session-lookup'
  | 'log-in'
  | 'email-uniqueness'
  | 'invitation-link'
  | 'demo-seed'
  | 'calendar-feed'
  | 'password-reset-request'
  | 'password-reset-link'
  | 'nudge-sweep'
  | 'nudge-digest'
  | 'nudge-mail';

export interface SessionViewerRow {
  session_id: string;
  person_id: string;
  organization_id: string;
  is_admin: boolean;
  /** Tells whether the session is due to slide on; the slide itself is written inside its organization. */
  last_used_at: Date;
  /** The rest of the signed-in person's own row, as a Person shows it (never the password hash). */
  email: string;
  name: string;
  title: string | null;
  level_id: string | null;
  manager_id: string | null;
  status: string;
  joined_at: Date;
}

/**
 * The only questions the API may ask across organizations, each before it knows whose data it
 * handles, each for a key the caller already holds (a token's hash, an email). Row-level security
 * answers every other statement within one organization; these call the SECURITY DEFINER
 * functions of the row-level-security migration, which read only the columns they need.
 * test/tenancy-boundaries.spec.ts pins which services call which lookup.
 */
@Injectable()
export class CrossTenantLookups {
  private readonly logger = new Logger('CrossTenant');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The live session and active person (their own row) behind a session token's hash, and when the session was last used. */
  async sessionViewer(tokenHash: Buffer, now: Date): Promise<SessionViewerRow | null> {
    const rows: SessionViewerRow[] = await this.ask('session-lookup', this.dataSource.manager, 'SELECT * FROM cross_tenant_session_viewer($1, $2)', [tokenHash, now]);
    return rows[0] ?? null;
  }

  /** The organization of whoever has this email, to log them in there. */
  async organizationOfEmail(email: string): Promise<string | null> {
    const [row] = await this.ask<{ id: string | null }>('log-in', this.dataSource.manager, 'SELECT cross_tenant_email_organization($1) AS id', [email.trim()]);
    return row.id;
  }

  /** Which of these emails (lower-cased) anyone in any organization already has; inside `manager`'s transaction when given. */
  async emailsInUse(emails: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows: { email: string }[] = await this.ask('email-uniqueness', manager, 'SELECT email FROM cross_tenant_emails_in_use($1) AS email', [emails.map((e) => e.trim())]);
    return new Set(rows.map((r) => r.email));
  }

  /** The organization an invitation token's hash belongs to, whatever state the invitation is in. */
  async organizationOfInvitation(tokenHash: Buffer): Promise<string | null> {
    const [row] = await this.ask<{ id: string | null }>('invitation-link', this.dataSource.manager, 'SELECT cross_tenant_invitation_organization($1) AS id', [tokenHash]);
    return row.id;
  }

  /** The organization a calendar feed token's hash belongs to: a calendar app sends nothing else. */
  async organizationOfCalendarFeed(tokenHash: Buffer): Promise<string | null> {
    const [row] = await this.ask<{ id: string | null }>('calendar-feed', this.dataSource.manager, 'SELECT cross_tenant_calendar_feed_organization($1) AS id', [tokenHash]);
    return row.id;
  }

  /** The organization of whoever has this email, to send them a reset link there. */
  async organizationOfEmailForReset(email: string): Promise<string | null> {
    const [row] = await this.ask<{ id: string | null }>('password-reset-request', this.dataSource.manager, 'SELECT cross_tenant_email_organization($1) AS id', [email.trim()]);
    return row.id;
  }

  /** The organization a password-reset token's hash belongs to, whatever state the link is in. */
  async organizationOfPasswordReset(tokenHash: Buffer): Promise<string | null> {
    const [row] = await this.ask<{ id: string | null }>('password-reset-link', this.dataSource.manager, 'SELECT cross_tenant_password_reset_organization($1) AS id', [tokenHash]);
    return row.id;
  }

  /** Whether the database holds any organization at all; inside `manager`'s transaction when given. */
  async anyOrganization(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = await this.ask<{ any: boolean }>('demo-seed', manager, 'SELECT cross_tenant_any_organization() AS any', []);
    return row.any;
  }

  /** Every organization's id and nothing else: the scheduled sweep (or digest) then works inside each one. */
  async organizationIds(reason: 'nudge-sweep' | 'nudge-digest' = 'nudge-sweep'): Promise<string[]> {
    const rows: { id: string }[] = await this.ask(reason, this.dataSource.manager, 'SELECT id FROM cross_tenant_organization_ids() AS id', []);
    return rows.map((row) => row.id);
  }

  /** The organizations with nudge mail still to deliver, ids only: the outbox's scheduled pass works inside each. */
  async organizationsWithMailWaiting(): Promise<string[]> {
    const rows: { id: string }[] = await this.ask('nudge-mail', this.dataSource.manager, 'SELECT id FROM cross_tenant_nudge_mail_organizations() AS id', []);
    return rows.map((row) => row.id);
  }

  private ask<T>(reason: CrossTenantReason, manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
    this.logger.verbose(reason);
    return manager.query(sql, parameters);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Why a lookup crosses organizations; it names the log line too. */
export type CrossTenantReason = 'session-lookup' | 'log-in' | 'email-uniqueness' | 'invitation-link' | 'demo-seed' | 'nudge-sweep';

export interface SessionViewerRow {
  session_id: string;
  person_id: string;
  organization_id: string;
  is_admin: boolean;
  /** Tells whether the session is due to slide on; the slide itself is written inside its organization. */
  last_used_at: Date;
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

  /** The live session and active person behind a session token's hash, and when the session was last used. */
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

  /** Whether the database holds any organization at all; inside `manager`'s transaction when given. */
  async anyOrganization(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row] = await this.ask<{ any: boolean }>('demo-seed', manager, 'SELECT cross_tenant_any_organization() AS any', []);
    return row.any;
  }

  /** Every organization's id and nothing else: the scheduled sweep then works inside each one. */
  async organizationIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.ask('nudge-sweep', this.dataSource.manager, 'SELECT id FROM cross_tenant_organization_ids() AS id', []);
    return rows.map((row) => row.id);
  }

  private ask<T>(reason: CrossTenantReason, manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
    this.logger.verbose(reason);
    return manager.query(sql, parameters);
  }
}

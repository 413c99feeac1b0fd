import { DEFAULT_MAIL_PREFERENCES, type MailDelivery, type MailPreferences, type NudgeKind } from '@onward/domain';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/is-uuid';

/**
 * Each person's mail preferences, the defaults for anyone who never chose, for any number of
 * people in one statement: the settings page reads one, a mail job reads a whole batch's.
 */
export async function mailPreferences(db: EntityManager, organizationId: string, personIds: readonly string[]): Promise<Map<string, MailPreferences>> {
  const ids = [...new Set(personIds.filter(isUuid))];
  const found = new Map<string, MailPreferences>();
  if (ids.length > 0) {
    const rows: { person_id: string; email_enabled: boolean; muted_kinds: NudgeKind[]; delivery: MailDelivery }[] = await db.query(
      `SELECT person_id, email_enabled, muted_kinds, delivery FROM notification_settings WHERE organization_id = $1 AND person_id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
    for (const row of rows) found.set(row.person_id, { emailEnabled: row.email_enabled, mutedKinds: row.muted_kinds, delivery: row.delivery });
  }
  return new Map(ids.map((id) => [id, found.get(id) ?? DEFAULT_MAIL_PREFERENCES]));
}

/**
 * `nudgeMailing` (libs/domain) as SQL, for statements that decide over many nudges at once: 'NOW',
 * 'IN_DIGEST' or 'NOT_MAILED' for a nudge of kind `kind` (an SQL expression), given the recipient's
 * settings row `settings` LEFT JOINed (no row: the defaults). A test holds it to the domain rule.
 */
export function nudgeMailingSql(settings: string, kind: string): string {
  return `(CASE WHEN NOT coalesce(${settings}.email_enabled, ${DEFAULT_MAIL_PREFERENCES.emailEnabled}) OR ${kind} = ANY(coalesce(${settings}.muted_kinds, '{}')) THEN 'NOT_MAILED'
        WHEN coalesce(${settings}.delivery, '${DEFAULT_MAIL_PREFERENCES.delivery}') = 'DAILY_DIGEST' THEN 'IN_DIGEST' ELSE 'NOW' END)`;
}

/** Writes a person's whole preferences; the caller holds their lock (see NotificationSettingsService). */
export async function writeMailPreferences(db: EntityManager, organizationId: string, personId: string, preferences: MailPreferences): Promise<void> {
  // Only for someone of the organization: a person removed meanwhile gets no row.
  await db.query(
    `INSERT INTO notification_settings (organization_id, person_id, email_enabled, muted_kinds, delivery)
     SELECT p.organization_id, p.id, $3, $4::text[], $5 FROM people p WHERE p.organization_id = $1 AND p.id = $2
     ON CONFLICT (organization_id, person_id) DO UPDATE
        SET email_enabled = EXCLUDED.email_enabled, muted_kinds = EXCLUDED.muted_kinds, delivery = EXCLUDED.delivery, updated_at = CURRENT_TIMESTAMP`,
    [organizationId, personId, preferences.emailEnabled, preferences.mutedKinds, preferences.delivery],
  );
}

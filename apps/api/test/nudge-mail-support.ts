import { NudgeMailDelivery } from '../src/nudge-mail/nudge-mail-delivery.service';
import { NudgeOutbox } from '../src/nudge-mail/nudge-outbox.service';
import type { TestApp } from './test-app';

export interface OutboxRow {
  id: string;
  nudge_id: string | null;
  recipient_id: string;
  digest_day: string | null;
  digest_id: string | null;
  attempts: number;
  claimed: boolean;
  sent: boolean;
  skip_reason: string | null;
  last_error: string | null;
  kind: string | null;
}

/** Every outbox row of an organization, read as the owner, oldest first. */
export async function outboxOf(app: TestApp, organizationId: string): Promise<OutboxRow[]> {
  return app.db.query(
    `SELECT o.id, o.nudge_id, o.recipient_id, to_char(o.digest_day, 'YYYY-MM-DD') AS digest_day, o.digest_id, o.attempts,
            o.claimed_at IS NOT NULL AS claimed, o.sent_at IS NOT NULL AS sent, o.skip_reason, o.last_error, n.kind
       FROM nudge_outbox o LEFT JOIN nudges n ON n.id = o.nudge_id
      WHERE o.organization_id = $1 ORDER BY o.created_at, o.id`,
    [organizationId],
  );
}

/** What the jobs would do with an organization's waiting mail, here and now. */
export function deliverWaiting(app: TestApp, organizationId: string, concurrency = 4) {
  return app.app.get(NudgeMailDelivery).deliverWaiting(organizationId, concurrency);
}

export function deliverOne(app: TestApp, organizationId: string, outboxId: string) {
  return app.app.get(NudgeMailDelivery).deliver(organizationId, outboxId);
}

export function gatherDigests(app: TestApp, organizationId: string) {
  return app.app.get(NudgeOutbox).gatherDigests(organizationId);
}

// The helpers that read received mail need no app; the fault tests use them apart.
export { calendarPartOf, nudgeMailTo, outboxIdOf } from './support/outbox-mail';

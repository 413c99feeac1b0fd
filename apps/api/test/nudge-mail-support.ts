import type { ParsedMail } from 'mailparser';
import { NudgeMailDelivery } from '../src/nudge-mail/nudge-mail-delivery.service';
import { NudgeOutbox } from '../src/nudge-mail/nudge-outbox.service';
import type { ReceivedMail, SmtpSink } from './support/smtp-sink';
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

/** The outbox row a nudge mail came from, read from its Message-ID (`<outbox-<id>@host>`); null for other mail. */
export function outboxIdOf(mail: ParsedMail): string | null {
  return /^<outbox-([0-9a-f-]{36})@/.exec(mail.messageId ?? '')?.[1] ?? null;
}

/** Nudge mail (not invitations) that reached `address`, in the order it arrived. */
export function nudgeMailTo(sink: SmtpSink, address: string): ReceivedMail[] {
  return sink.to(address).filter((mail) => outboxIdOf(mail.parsed) !== null);
}

/** The text/calendar part of a mail, unfolded (RFC 5545 folds long lines). */
export function calendarPartOf(mail: ReceivedMail): string | null {
  const part = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics');
  return part ? part.content.toString('utf8').replace(/\r\n[ \t]/g, '') : null;
}

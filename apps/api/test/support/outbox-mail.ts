import type { ParsedMail } from 'mailparser';
import type { ReceivedMail, SmtpSink } from './smtp-sink';

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

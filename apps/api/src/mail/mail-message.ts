/** Someone mail goes to. */
export interface MailAddress {
  name: string;
  address: string;
}

/** A calendar invite carried by a mail, as the calendar clients read it (text/calendar). */
export interface CalendarAttachment {
  /** The iCalendar text, as `ics` writes it. */
  content: string;
  /** REQUEST for an invite the recipient can accept; PUBLISH for information only. */
  method: 'REQUEST' | 'PUBLISH';
  filename: string;
}

/** One mail: the words in plain text and in simple HTML, never anything private (see templates/). */
export interface MailMessage {
  to: MailAddress;
  subject: string;
  text: string;
  html: string;
  /**
   * `<local-part@host>`, when the caller needs to recognise the mail again: the outbox derives it
   * from its row, so a resend after a crash carries the same one. A fresh one when absent.
   */
  messageId?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
  calendar?: CalendarAttachment;
}

export interface SentMail {
  messageId: string;
  /** Where the mail was written when there is no SMTP server. */
  file?: string;
}

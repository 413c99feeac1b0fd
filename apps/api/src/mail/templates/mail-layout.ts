/** A mail's words, ready for the Mailer: the same content as plain text and as simple HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  subject: string;
  /** Who it is for, by first name: "Hi Morgan,". */
  greetingName: string;
  paragraphs: string[];
  /** Lines shown as a list after the paragraphs (a digest's nudges). */
  list?: string[];
  action: { label: string; url: string };
  /** Why the mail came and how to get fewer, in small print. */
  footer: string[];
  /** When given, the footer ends with it: the one-click way to stop this kind of mail. */
  unsubscribeUrl?: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything that goes into the HTML part passes through here: names come from people. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A link a mail may carry: absolute http(s) only, so nothing else (javascript:, data:) slips in. */
export function mailLink(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RangeError(`a mail links only to http(s) addresses, not ${parsed.protocol}`);
  return parsed.toString();
}

/** The first word of a display name, for a greeting: "Priya" of "Priya Patel". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name.trim();
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Friday, 12 March 2027" for 2027-03-12: due days are calendar days, the same everywhere. */
export function formatDueDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a calendar day: ${day}`);
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

const STYLE = {
  body: 'margin:0;padding:24px 12px;background:#f1f3f5;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#212529;font-size:16px;line-height:1.5',
  card: 'max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #dee2e6;border-radius:8px;padding:24px',
  // #1971c2 on white text is about 5:1, above WCAG AA.
  button: 'display:inline-block;background:#1971c2;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600',
  small: 'font-size:13px;color:#495057;margin:0 0 8px',
};

/** Plain text first (what many people read), then the same words as HTML, every value escaped. */
export function renderMail(content: MailContent): RenderedMail {
  const action = mailLink(content.action.url);
  const unsubscribe = content.unsubscribeUrl ? mailLink(content.unsubscribeUrl) : undefined;
  const text = [
    `Hi ${content.greetingName},`,
    ...content.paragraphs,
    ...(content.list?.length ? [content.list.map((line) => `- ${line}`).join('\n')] : []),
    `${content.action.label}: ${action}`,
    ['-- ', ...content.footer, ...(unsubscribe ? [`Unsubscribe: ${unsubscribe}`] : [])].join('\n'),
  ].join('\n\n');

  const paragraph = (words: string) => `<p style="margin:0 0 16px">${escapeHtml(words)}</p>`;
  const list = content.list?.length
    ? `<ul style="margin:0 0 16px;padding-left:20px">${content.list.map((line) => `<li style="margin:0 0 6px">${escapeHtml(line)}</li>`).join('')}</ul>`
    : '';
  const footer = content.footer.map((line) => `<p style="${STYLE.small}">${escapeHtml(line)}</p>`).join('');
  const unsubscribeLine = unsubscribe ? `<p style="${STYLE.small}"><a href="${escapeHtml(unsubscribe)}" style="color:#495057">Unsubscribe</a></p>` : '';
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="${STYLE.body}"><div style="${STYLE.card}">`,
    paragraph(`Hi ${content.greetingName},`),
    ...content.paragraphs.map(paragraph),
    list,
    `<p style="margin:0 0 24px"><a href="${escapeHtml(action)}" style="${STYLE.button}">${escapeHtml(content.action.label)}</a></p>`,
    `<div style="border-top:1px solid #dee2e6;padding-top:16px">${footer}${unsubscribeLine}</div>`,
    '</div></body></html>',
  ].join('\n');

  return { subject: content.subject, text: `${text}\n`, html };
}

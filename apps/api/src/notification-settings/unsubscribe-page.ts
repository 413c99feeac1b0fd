import type { UnsubscribeScope } from '@onward/domain';
import { escapeHtml } from '../mail/templates/mail-layout';

/** What each link turns off, in words: "You will no longer get …". */
const WHAT: Record<UnsubscribeScope, string> = {
  ALL: 'any nudge emails from Onward',
  PRACTICE_DUE_SOON: 'emails when interview practice with one of your reports is due soon',
  PRACTICE_OVERDUE: 'emails when interview practice with one of your reports is overdue',
  DEBRIEF_PENDING: 'emails when an interview is waiting for its debrief',
  SATISFACTION_TALK_SUGGESTED: 'emails suggesting a satisfaction conversation',
  ROLE_SHARED: 'emails when one of your reports shares a role with you',
};

export type UnsubscribePage =
  | { state: 'CONFIRM'; scope: UnsubscribeScope; formAction: string }
  | { state: 'DONE'; scope: UnsubscribeScope; accountUrl: string }
  | { state: 'INVALID'; accountUrl: string };

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)} · Onward</title></head>`,
    '<body style="margin:0;padding:48px 16px;background:#f1f3f5;font-family:system-ui,-apple-system,\'Segoe UI\',Roboto,Arial,sans-serif;color:#212529;line-height:1.5">',
    '<main style="max-width:480px;margin:0 auto;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:24px">',
    `<h1 style="font-size:22px;margin:0 0 12px">${escapeHtml(title)}</h1>`,
    body,
    '</main></body></html>',
  ].join('\n');
}

const BUTTON = 'font:inherit;font-weight:600;background:#1971c2;color:#fff;border:0;border-radius:6px;padding:10px 18px;cursor:pointer';

/** The small pages of the unsubscribe link, outside the web app: they must work with no session. */
export function renderUnsubscribePage(view: UnsubscribePage): string {
  switch (view.state) {
    case 'CONFIRM':
      return page(
        'Unsubscribe from these emails?',
        `<p>You will no longer get ${escapeHtml(WHAT[view.scope])}. The nudges still show in Onward.</p>
<form method="post" action="${escapeHtml(view.formAction)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="${BUTTON}">Unsubscribe</button></form>`,
      );
    case 'DONE':
      return page(
        'You are unsubscribed',
        `<p>You will no longer get ${escapeHtml(WHAT[view.scope])}. Nothing else changed.</p>
<p>You can turn them on again on your <a href="${escapeHtml(view.accountUrl)}">Account page</a>.</p>`,
      );
    case 'INVALID':
      return page(
        'This unsubscribe link does not work',
        `<p>It may have been cut short: open the whole link from the email, or choose which emails you get on your <a href="${escapeHtml(view.accountUrl)}">Account page</a>.</p>`,
      );
  }
}

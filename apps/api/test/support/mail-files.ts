import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * The first mail to `address` that the app wrote into `dir` (no SMTP server) and that `matches`.
 * Some mail goes out just after the request's answer, so this waits for it; the test's own
 * timeout bounds the wait.
 */
export async function mailFileTo(dir: string, address: string, matches: (mail: ParsedMail) => boolean = () => true): Promise<ParsedMail> {
  const seen = new Set<string>();
  for (;;) {
    for (const file of readdirSync(dir).filter((name) => !seen.has(name))) {
      const mail = await simpleParser(readFileSync(path.join(dir, file)));
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      if (to.some((group) => group.value.some((a) => a.address?.toLowerCase() === address.toLowerCase())) && matches(mail)) return mail;
      seen.add(file);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The token of the reset link in a mail. */
export function resetTokenIn(mail: ParsedMail): string | undefined {
  return mail.text?.match(/reset-password\/([A-Za-z0-9_-]{43})/)?.[1];
}

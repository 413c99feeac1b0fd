import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * Mail the app wrote under its data folder (it runs with no SMTP server, as `npm start` does):
 * the mails to `address`, oldest first.
 */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  const dir = path.join(process.env.ONWARD_E2E_DATA_DIR ?? '', 'mail');
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  const mails = await Promise.all(files.map((name) => simpleParser(readFileSync(path.join(dir, name)))));
  return mails.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.some((group) => group.value.some((a) => a.address?.toLowerCase() === address.toLowerCase()));
  });
}

/** Waits for a mail to `address` with this subject and returns the first link in it matching `link`. */
export async function linkInMail(address: string, subject: string, link: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(async () => {
      const mail = (await mailsTo(address)).reverse().find((m) => m.subject === subject);
      found = mail?.text?.match(link)?.[0];
      return found;
    })
    .toBeTruthy();
  return found!;
}

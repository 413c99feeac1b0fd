import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { Mailer } from '../src/mail/mailer.service';
import type { MailMessage } from '../src/mail/mail-message';
import { LogCapture } from './log-capture';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './test-app';

const CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:onward-test', 'METHOD:REQUEST', 'END:VCALENDAR', ''].join('\r\n');

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    to: { name: 'Morgan Manager', address: 'morgan@example.com' },
    subject: 'Priya Patel shared a role with you',
    text: 'Hi Morgan,\n\nPriya Patel shared a role with you in Onward.\n',
    html: '<p>Hi Morgan,</p><p>Priya Patel shared a role with you in Onward.</p>',
    ...overrides,
  };
}

describe('mail over SMTP', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let mailer: Mailer;
  beforeAll(async () => {
    sink = await startSmtpSink();
    app = await startTestApp({ mail: { smtpUrl: sink.url, timeoutMs: 500 } });
    mailer = app.app.get(Mailer);
  });
  afterAll(async () => {
    await app.close();
    await sink.close();
  });
  beforeEach(() => sink.behave('ACCEPT'));

  it('delivers both parts, the caller’s Message-ID and headers, and a calendar invite', async () => {
    const before = sink.received.length;
    const messageId = mailer.messageId('outbox-42');
    expect(messageId).toBe('<outbox-42@onward.test>');
    const sent = await mailer.send(
      message({
        messageId,
        headers: { 'List-Unsubscribe': '<http://onward.test/unsubscribe?token=t>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        calendar: { content: CALENDAR, method: 'REQUEST', filename: 'invite.ics' },
      }),
    );
    expect(sent).toEqual({ messageId });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail.envelopeTo).toEqual(['morgan@example.com']);
    expect(mail.parsed.messageId).toBe(messageId);
    expect(mail.parsed.from?.value).toEqual([{ name: 'Onward', address: 'onward@onward.test' }]);
    expect(mail.parsed.to).toMatchObject({ value: [{ name: 'Morgan Manager', address: 'morgan@example.com' }] });
    expect(mail.parsed.subject).toBe('Priya Patel shared a role with you');
    expect(mail.parsed.text).toContain('Priya Patel shared a role with you in Onward.');
    expect(mail.parsed.html).toContain('<p>Priya Patel shared a role with you in Onward.</p>');
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe: <http:\/\/onward\.test\/unsubscribe\?token=t>\r?$/m);
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    const invite = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics');
    expect(invite?.content.toString('utf8')).toContain('METHOD:REQUEST');
  });

  it('gives every mail its own Message-ID when the caller sets none', async () => {
    const [a, b] = await Promise.all([mailer.send(message()), mailer.send(message())]);
    expect(a.messageId).toMatch(/^<[0-9a-f-]{36}@onward\.test>$/);
    expect(b.messageId).not.toBe(a.messageId);
  });

  it('fails the send when the server refuses the mail', async () => {
    sink.behave('REJECT');
    const before = sink.received.length;
    await expect(mailer.send(message())).rejects.toMatchObject({ responseCode: 550 });
    expect(sink.received).toHaveLength(before);
  });

  it('gives up on a server that stops answering', async () => {
    sink.behave('HANG');
    await expect(mailer.send(message())).rejects.toThrow();
  });

  it('refuses a Message-ID that is not one', async () => {
    await expect(mailer.send(message({ messageId: 'outbox-1' }))).rejects.toThrow(RangeError);
    expect(() => mailer.messageId('has space')).toThrow(RangeError);
  });
});

describe('mail without an SMTP server', () => {
  let app: TestApp;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await startTestApp({ logs, logLevels: ['log', 'warn', 'error'] });
  });
  afterAll(() => app.close());

  it('writes each mail as an .eml file under the mail folder and logs where', async () => {
    const sent = await app.app.get(Mailer).send(message({ messageId: '<outbox-7@onward.test>', headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }));
    expect(sent.file).toBeDefined();
    expect(path.dirname(sent.file!)).toBe(app.mailDir);
    expect(readdirSync(app.mailDir)).toContain(path.basename(sent.file!));
    const raw = readFileSync(sent.file!, 'utf8');
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe('<outbox-7@onward.test>');
    expect(parsed.subject).toBe('Priya Patel shared a role with you');
    expect(parsed.text).toContain('Priya Patel shared a role with you in Onward.');
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    const line = logs.entries().find((entry) => entry.messageId === '<outbox-7@onward.test>');
    expect(line).toMatchObject({ context: 'Mail', file: sent.file, msg: expect.stringContaining(sent.file!) });
  });
});

import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig, MailConfig } from '../config/app-config';
import type { MailMessage, SentMail } from './mail-message';

const MESSAGE_ID = /^<[^<>@\s]+@[^<>@\s]+>$/;

/**
 * Sends mail: over SMTP when SMTP_URL is set, otherwise each mail is written as an .eml file
 * under the data folder and the file's path logged, so that `npm start` needs no mail server and a
 * developer can still open what was sent. A send resolves once the SMTP server accepted the mail
 * (or the file is written) and rejects otherwise; retrying is the caller's business.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly config: MailConfig;
  private readonly transport: Transporter;
  private readonly host: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.config = config.mail;
    this.host = new URL(config.publicUrl).hostname || 'localhost';
    this.transport = this.config.smtpUrl
      ? nodemailer.createTransport({
          url: this.config.smtpUrl,
          // A few connections kept open and reused: the nudge outbox sends many mails in a row, and a
          // new connection per mail (connect, greeting, EHLO) cost three times the throughput.
          pool: true,
          maxConnections: 5,
          connectionTimeout: this.config.timeoutMs,
          greetingTimeout: this.config.timeoutMs,
          socketTimeout: this.config.timeoutMs,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  /** A Message-ID on this server's host for a key the caller can derive again, e.g. `outbox-<id>`. */
  messageId(key: string): string {
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(key)) throw new RangeError(`not a message id key: ${key}`);
    return `<${key}@${this.host}>`;
  }

  async send(message: MailMessage): Promise<SentMail> {
    const messageId = message.messageId ?? this.messageId(randomUUID());
    const date = this.clock.now();
    if (!MESSAGE_ID.test(messageId)) throw new RangeError(`not a Message-ID: ${messageId}`);
    const options: SendMailOptions = {
      from: this.config.from,
      to: { name: message.to.name, address: message.to.address },
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId,
      date,
      headers: message.headers,
      icalEvent: message.calendar,
    };
    const info = await this.transport.sendMail(options);
    if (this.config.smtpUrl) {
      this.logger.log({ msg: 'mail sent', messageId });
      return { messageId };
    }
    const file = await this.writeEml(messageId, date, info.message as Buffer);
    // The only trace of a mail when there is no SMTP server: say where it is.
    this.logger.log({ msg: `mail written to ${file} (no SMTP_URL set)`, messageId, file });
    return { messageId, file };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  /** Named by the mail's Date and Message-ID, so the folder lists in the order mail was sent. */
  private async writeEml(messageId: string, date: Date, raw: Buffer): Promise<string> {
    await mkdir(this.config.dir, { recursive: true });
    const stamp = date.toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.config.dir, `${stamp}-${messageId.slice(1, messageId.indexOf('@'))}.eml`);
    await writeFile(file, raw, { flag: 'wx' });
    return file;
  }
}

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** What the sink does with the next mail: take it, refuse it, or never answer. */
export type SinkBehaviour = 'ACCEPT' | 'REJECT' | 'HANG';

export interface ReceivedMail {
  /** The SMTP envelope: who the client said it was sending to. */
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, to pass as the app's SMTP URL. */
  url: string;
  /** Every mail accepted so far, in the order they arrived. */
  received: ReceivedMail[];
  /** Resolves once `count` mails have arrived (the test's own timeout bounds the wait). */
  waitFor(count: number): Promise<ReceivedMail[]>;
  /** Mails accepted for one address. */
  to(address: string): ReceivedMail[];
  behave(behaviour: SinkBehaviour): void;
  /**
   * Runs for each mail that arrived, once parsed, before the sink answers that it took it (null to
   * stop): a test can act in the moment just before the client hears the acceptance.
   */
  beforeAccepting(hook: ((mail: ReceivedMail) => Promise<void>) | null): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process: the app's nodemailer talks SMTP to it over loopback, and
 * what arrived is parsed back with mailparser. No TLS and no authentication, like a mail catcher.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve: (mails: ReceivedMail[]) => void }[] = [];
  let behaviour: SinkBehaviour = 'ACCEPT';
  let hook: ((mail: ReceivedMail) => Promise<void>) | null = null;

  const settleWaiters = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received.slice());
      }
    }
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (behaviour === 'HANG') return; // never answers: the client's timeout has to give up
      if (behaviour === 'REJECT') return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      const raw = Buffer.concat(chunks).toString('utf8');
      simpleParser(raw)
        .then(async (parsed) => {
          const mail = { envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed };
          if (hook) await hook(mail);
          received.push(mail);
          callback();
          settleWaiters();
        })
        .catch((error: Error) => callback(error));
    });
  };

  const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, closeTimeout: 100, onData });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  // A client killed mid-session (the fault tests SIGKILL the API while it sends) resets its
  // connection, which smtp-server reports as an 'error' event: the sink goes on serving the others.
  server.on('error', () => undefined);

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (count) =>
      new Promise((resolve) => {
        waiters.push({ count, resolve });
        settleWaiters();
      }),
    to: (address) => received.filter((mail) => mail.envelopeTo.includes(address.toLowerCase()) || mail.envelopeTo.includes(address)),
    behave: (next) => {
      behaviour = next;
    },
    beforeAccepting: (next) => {
      hook = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

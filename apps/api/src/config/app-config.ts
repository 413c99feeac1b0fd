import path from 'node:path';

/** Everything the API reads from its environment, read once at start. */
export interface AppConfig {
  /**
   * A PostgreSQL server, as the role that owns the schema: migrations run with it. When absent an
   * embedded server is started under `dataDir`.
   */
  databaseUrl: string | undefined;
  /** The role the API itself connects as, on the same server and database; row-level security binds it. */
  databaseAppUser: string;
  /** Its password, when the server asks for one; the API sets it on the role if it does not work yet. */
  databaseAppPassword: string | undefined;
  port: number;
  /** Seed the demo organization into an empty database. */
  seed: boolean;
  dataDir: string;
  /** The built web app, served on the API's port when present. */
  webDist: string;
  /**
   * Treat every request as served over HTTPS: cookies get `Secure` and the `__Host-` prefix. Without
   * it, a request counts as secure when it came over TLS or through a loopback proxy saying so.
   */
  secureCookies: boolean;
  /** A session ends after this many days without use. */
  sessionDays: number;
  /** …and this many days after sign-in, however often it is used. */
  sessionMaxDays: number;
  /** Signs device cookies; when unset, a random secret kept in the database, shared by every instance. */
  deviceSecret: string | undefined;
  invitationDays: number;
  /** A password-reset link stops working this many minutes after it was sent. */
  passwordResetMinutes: number;
  /** Base of the links put in invitations and mail, e.g. https://onward.example.com */
  publicUrl: string;
  mail: MailConfig;
  /**
   * Answer introspection and say "Did you mean …?" in errors: a map of the schema for developers'
   * tools, and for an attacker. On in development, off when NODE_ENV is production.
   */
  exposeSchema: boolean;
  /** `json`, one object a line, in production; `pretty` for a person reading a terminal (`npm run dev`). */
  logFormat: 'json' | 'pretty';
  limits: OperationalLimits;
  postingFetch: PostingFetchSettings;
  jobs: JobsConfig;
  nudgeMail: NudgeMailConfig;
}

/** How nudge mail leaves the outbox (nudge-mail/). */
export interface NudgeMailConfig {
  /** The daily digest goes out from this hour on (0–23), in each organization's time zone; the domain's default (8) when unset. */
  digestHour: number | undefined;
  /**
   * How long a worker's claim on a mail holds. A worker that died after claiming (or after the SMTP
   * server accepted, before it recorded the send) leaves the mail to be sent again, with the same
   * Message-ID, once this has passed. Longer than a send may take.
   */
  leaseSeconds: number;
  /** The first retry of a failed send waits this long; each next one twice as long, up to an hour. */
  retryDelaySeconds: number;
}

/** How the server reads a posting a person links to (posting-fetch/). */
export interface PostingFetchSettings {
  /**
   * Let the fetch reach loopback addresses. For tests only, which serve pages from 127.0.0.1: it is never
   * read from the environment, so no deployment can turn it on by mistake.
   */
  allowLoopback: boolean;
  /** The whole fetch, redirects included; the domain's limit (5 s) when unset. Tests shorten it. */
  timeoutMs?: number;
}

/** Background jobs: pg-boss in the same database, in its own schema. */
export interface JobsConfig {
  /** Start pg-boss with the API (its queues, workers and schedules). Off in most tests, which sweep by hand. */
  enabled: boolean;
  /** When the nudge sweep runs, as a cron expression in UTC (five fields, or six with seconds first). */
  nudgeSweepCron: string;
  /** How often pg-boss looks for due schedules and for jobs to work, in seconds (1 to 45). */
  pollSeconds: number;
  /**
   * How often pg-boss looks for jobs that ran out of time (their worker died) to retry them, and
   * does its upkeep, in seconds; pg-boss's own 60 when unset.
   */
  superviseSeconds?: number;
}

/** How mail leaves: over SMTP when a server is configured, else as files a developer can open. */
export interface MailConfig {
  /** e.g. smtp://user:pass@mail.example.com:587; unset: each mail is written to `dir` as an .eml file. */
  smtpUrl: string | undefined;
  /** The From of every mail, e.g. `Onward <onward@example.com>`. */
  from: string;
  /** Where mail is written without SMTP: a folder of the data folder. */
  dir: string;
  /** An SMTP server that does not answer within this is given up on; the send fails and may be retried. */
  timeoutMs: number;
  /** Signs the one-click unsubscribe links; when unset, a random secret kept in the database. */
  linkSecret: string | undefined;
}

/** How long anything may take, so that a slow statement or a stuck client never holds the service. */
export interface OperationalLimits {
  /** A request still unanswered after this gets a coded error. */
  requestMs: number;
  /** PostgreSQL cancels a statement running longer (`statement_timeout`). */
  statementMs: number;
  /** …or waiting longer for a lock (`lock_timeout`). */
  lockMs: number;
  /** …and closes a session left idle inside a transaction (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
  /** Waiting for a pooled connection, or for a new one to open. */
  connectMs: number;
  /** After SIGTERM, in-flight requests may finish for this long before the process exits anyway. */
  shutdownGraceMs: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

function roleName(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(value)) throw new Error(`${name} must be a lower-case PostgreSQL role name, got "${value}"`);
  return value;
}

/** 0 asks the system for a free port (tests start the built server that way). */
function portNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) throw new Error(`PORT must be a port number, got "${value}"`);
  return parsed;
}

function secret(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new Error(`${name} must be at least 32 characters long`);
  return value;
}

function smtpUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  // The message never repeats the value: it may hold the SMTP password.
  if (!/^smtps?:\/\/[^/\s]+/.test(value)) throw new Error('SMTP_URL must look like smtp://host:port or smtps://user:password@host:port');
  return value;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = portNumber(env.PORT, 3000);
  const dataDir = path.resolve(env.ONWARD_DATA_DIR ?? path.join(process.cwd(), '.data'));
  const publicUrl = (env.ONWARD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUser: roleName('ONWARD_DB_APP_USER', env.ONWARD_DB_APP_USER, 'onward_app'),
    databaseAppPassword: env.ONWARD_DB_APP_PASSWORD || undefined,
    port,
    seed: flag(env.ONWARD_SEED, true),
    dataDir,
    webDist: path.resolve(env.ONWARD_WEB_DIST ?? path.join(process.cwd(), 'dist/web')),
    secureCookies: flag(env.ONWARD_SECURE_COOKIES, false),
    sessionDays: positiveInt('ONWARD_SESSION_DAYS', env.ONWARD_SESSION_DAYS, 30),
    sessionMaxDays: positiveInt('ONWARD_SESSION_MAX_DAYS', env.ONWARD_SESSION_MAX_DAYS, 90),
    deviceSecret: secret('ONWARD_DEVICE_SECRET', env.ONWARD_DEVICE_SECRET),
    invitationDays: positiveInt('ONWARD_INVITATION_DAYS', env.ONWARD_INVITATION_DAYS, 7),
    passwordResetMinutes: positiveInt('ONWARD_PASSWORD_RESET_MINUTES', env.ONWARD_PASSWORD_RESET_MINUTES, 60),
    publicUrl,
    mail: {
      smtpUrl: smtpUrl(env.SMTP_URL),
      from: env.MAIL_FROM || `Onward <onward@${hostOf(publicUrl)}>`,
      dir: path.join(dataDir, 'mail'),
      timeoutMs: positiveInt('ONWARD_SMTP_TIMEOUT_MS', env.ONWARD_SMTP_TIMEOUT_MS, 30_000),
      linkSecret: secret('ONWARD_LINK_SECRET', env.ONWARD_LINK_SECRET),
    },
    exposeSchema: flag(env.ONWARD_EXPOSE_SCHEMA, env.NODE_ENV !== 'production'),
    logFormat: env.ONWARD_LOG_FORMAT === 'pretty' ? 'pretty' : 'json',
    limits: readLimits(env),
    postingFetch: { allowLoopback: false },
    jobs: readJobs(env),
    nudgeMail: readNudgeMail(env),
  };
}

export function readNudgeMail(env: NodeJS.ProcessEnv = {}): NudgeMailConfig {
  const digestHour = env.ONWARD_NUDGE_DIGEST_HOUR === undefined || env.ONWARD_NUDGE_DIGEST_HOUR === '' ? undefined : Number(env.ONWARD_NUDGE_DIGEST_HOUR);
  if (digestHour !== undefined && (!Number.isInteger(digestHour) || digestHour < 0 || digestHour > 23)) throw new Error(`ONWARD_NUDGE_DIGEST_HOUR must be an hour from 0 to 23, got "${env.ONWARD_NUDGE_DIGEST_HOUR}"`);
  return {
    digestHour,
    leaseSeconds: positiveInt('ONWARD_NUDGE_MAIL_LEASE_SECONDS', env.ONWARD_NUDGE_MAIL_LEASE_SECONDS, 300),
    retryDelaySeconds: positiveInt('ONWARD_NUDGE_MAIL_RETRY_SECONDS', env.ONWARD_NUDGE_MAIL_RETRY_SECONDS, 30),
  };
}

export function readJobs(env: NodeJS.ProcessEnv = {}): JobsConfig {
  const pollSeconds = positiveInt('ONWARD_JOBS_POLL_SECONDS', env.ONWARD_JOBS_POLL_SECONDS, 10);
  if (pollSeconds > 45) throw new Error(`ONWARD_JOBS_POLL_SECONDS must be at most 45, got "${pollSeconds}"`);
  return {
    enabled: flag(env.ONWARD_JOBS, true),
    nudgeSweepCron: cron('ONWARD_NUDGE_SWEEP_CRON', env.ONWARD_NUDGE_SWEEP_CRON, '*/15 * * * *'),
    pollSeconds,
    superviseSeconds: env.ONWARD_JOBS_SUPERVISE_SECONDS ? positiveInt('ONWARD_JOBS_SUPERVISE_SECONDS', env.ONWARD_JOBS_SUPERVISE_SECONDS, 60) : undefined,
  };
}

/** A cron expression's shape only; pg-boss checks the fields themselves when it schedules. */
function cron(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value.trim() === '') return fallback;
  const fields = value.trim().split(/\s+/);
  if (fields.length < 5 || fields.length > 6) throw new Error(`${name} must be a cron expression of five or six fields, got "${value}"`);
  return fields.join(' ');
}

export function readLimits(env: NodeJS.ProcessEnv = {}): OperationalLimits {
  return {
    // Longer than a statement may run, so that a slow statement answers with its own code first.
    requestMs: positiveInt('ONWARD_REQUEST_TIMEOUT_MS', env.ONWARD_REQUEST_TIMEOUT_MS, 15_000),
    statementMs: positiveInt('ONWARD_DB_STATEMENT_TIMEOUT_MS', env.ONWARD_DB_STATEMENT_TIMEOUT_MS, 10_000),
    lockMs: positiveInt('ONWARD_DB_LOCK_TIMEOUT_MS', env.ONWARD_DB_LOCK_TIMEOUT_MS, 5_000),
    idleInTransactionMs: positiveInt('ONWARD_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', env.ONWARD_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 30_000),
    connectMs: positiveInt('ONWARD_DB_CONNECT_TIMEOUT_MS', env.ONWARD_DB_CONNECT_TIMEOUT_MS, 5_000),
    shutdownGraceMs: positiveInt('ONWARD_SHUTDOWN_GRACE_MS', env.ONWARD_SHUTDOWN_GRACE_MS, 10_000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

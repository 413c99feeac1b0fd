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
  /** Base of the links put in invitations, e.g. https://onward.example.com */
  publicUrl: string;
  /**
   * Answer introspection and say "Did you mean …?" in errors: a map of the schema for developers'
   * tools, and for an attacker. On in development, off when NODE_ENV is production.
   */
  exposeSchema: boolean;
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

function secret(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.length < 32) throw new Error(`${name} must be at least 32 characters long`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = positiveInt('PORT', env.PORT, 3000);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUser: roleName('ONWARD_DB_APP_USER', env.ONWARD_DB_APP_USER, 'onward_app'),
    databaseAppPassword: env.ONWARD_DB_APP_PASSWORD || undefined,
    port,
    seed: flag(env.ONWARD_SEED, true),
    dataDir: path.resolve(env.ONWARD_DATA_DIR ?? path.join(process.cwd(), '.data')),
    webDist: path.resolve(env.ONWARD_WEB_DIST ?? path.join(process.cwd(), 'dist/web')),
    secureCookies: flag(env.ONWARD_SECURE_COOKIES, false),
    sessionDays: positiveInt('ONWARD_SESSION_DAYS', env.ONWARD_SESSION_DAYS, 30),
    sessionMaxDays: positiveInt('ONWARD_SESSION_MAX_DAYS', env.ONWARD_SESSION_MAX_DAYS, 90),
    deviceSecret: secret('ONWARD_DEVICE_SECRET', env.ONWARD_DEVICE_SECRET),
    invitationDays: positiveInt('ONWARD_INVITATION_DAYS', env.ONWARD_INVITATION_DAYS, 7),
    publicUrl: (env.ONWARD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    exposeSchema: flag(env.ONWARD_EXPOSE_SCHEMA, env.NODE_ENV !== 'production'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

import { Logger } from '@nestjs/common';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/**
 * Two roles reach the database. The owner (`DATABASE_URL`) runs migrations; the API's pool
 * connects as the app role, on the same server and database, which owns no table and cannot
 * bypass row-level security.
 */
export type AppRole = Pick<AppConfig, 'databaseAppUser' | 'databaseAppPassword'>;

const logger = new Logger('Database');

/** The owner's URL with the app role's user and password. */
export function appDatabaseUrl(ownerUrl: string, role: AppRole): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role.databaseAppUser);
  url.password = role.databaseAppPassword ? encodeURIComponent(role.databaseAppPassword) : '';
  return url.toString();
}

/** The owner's connection for migrations; they read which role to grant to from `onward.app_role`. */
export function ownerDataSourceOptions(ownerUrl: string, role: AppRole): DataSourceOptions {
  const base = dataSourceOptions(ownerUrl);
  return { ...base, extra: { ...base.extra, max: 2, options: `-c onward.app_role=${role.databaseAppUser}` } } as DataSourceOptions;
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Refuses to run as a role the policies would not hold: a superuser, one that bypasses them, or an owner of tables. */
async function assertWalled(appUrl: string): Promise<void> {
  const [role] = (
    await withClient(appUrl, (client) =>
      client.query<{ name: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
        `SELECT r.rolname AS name, r.rolsuper, r.rolbypassrls,
                (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace)::int AS owned
           FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    )
  ).rows;
  if (role.rolsuper || role.rolbypassrls || role.owned > 0) {
    throw new Error(
      `the API's database role "${role.name}" would not be held by row-level security (superuser, BYPASSRLS or owner of tables); ` +
        'point ONWARD_DB_APP_USER at a role that only has the privileges the migrations grant',
    );
  }
}

/** 28P01: wrong password, also what a server answers for a role that does not exist. */
function isPasswordRefused(error: unknown): boolean {
  return (error as { code?: string }).code === '28P01';
}

/**
 * Makes sure the app role can log in with the configured password, setting it (and creating the
 * role, when no migration has yet) through the owner only when logging in fails. Most starts log
 * in at the first try and write nothing, so instances starting together do not race on the role.
 */
export async function ensureAppRoleCanLogIn(ownerUrl: string, role: AppRole): Promise<string> {
  const appUrl = appDatabaseUrl(ownerUrl, role);
  try {
    await assertWalled(appUrl);
    return appUrl;
  } catch (error) {
    if (!role.databaseAppPassword || !isPasswordRefused(error)) throw error;
  }
  const name = role.databaseAppUser;
  logger.log(`giving the database role ${name} its configured secret`);
  const provision = withClient(ownerUrl, async (client) => {
    await client.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${escapeLiteral(name)}) THEN
          CREATE ROLE ${escapeIdentifier(name)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        END IF;
      END $$`);
    await client.query(`ALTER ROLE ${escapeIdentifier(name)} PASSWORD ${escapeLiteral(role.databaseAppPassword!)}`);
  });
  // Another instance changing the role at the same moment makes ours fail; its change serves us too.
  await provision.catch((error: unknown) => assertWalled(appUrl).catch(() => Promise.reject(error)));
  await assertWalled(appUrl);
  return appUrl;
}

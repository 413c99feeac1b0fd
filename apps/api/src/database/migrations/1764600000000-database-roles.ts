import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API's own role, separate from the owner that runs migrations: it may read and write rows but
 * owns no table, is no superuser and cannot bypass row-level security, so the policies of the next
 * migration hold for every statement it sends. Its name comes from the migrating connection's
 * `onward.app_role` setting (see database/app-role.ts), `onward_app` by default.
 *
 * Also the NOLOGIN role `onward_tenant_lookup`, owner of the few functions that look across
 * organizations (next migration); it holds only the column privileges those functions need.
 *
 * Roles belong to the whole server and several databases (every test suite makes one) migrate on
 * one server at once: a role is created only when missing, and losing that race is fine.
 */
const APP_ROLE = `coalesce(nullif(current_setting('onward.app_role', true), ''), 'onward_app')`;

function createRoleIfMissing(nameSql: string, attributes: string): string {
  return `
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${nameSql}) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I ${attributes}', ${nameSql});
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- a migration of another database on this server created it at the same moment
      END;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = ${nameSql} AND (rolsuper OR rolbypassrls)) THEN
      RAISE EXCEPTION 'role % must be neither a superuser nor able to bypass row-level security', ${nameSql};
    END IF;`;
}

export class DatabaseRoles1764600000000 implements MigrationInterface {
  name = 'DatabaseRoles1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE app_role text := ${APP_ROLE};
      BEGIN
        ${createRoleIfMissing('app_role', 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT')}
        ${createRoleIfMissing(`'onward_tenant_lookup'`, 'NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT')}
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app_role);
        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, onward_tenant_lookup', app_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
        -- The API may see which migrations ran, never change that record.
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON migrations FROM %I', app_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
        -- Tables and sequences later migrations create get the same privileges.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app_role);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app_role);
      END $$`);
  }

  /**
   * Takes back what this database granted. The roles stay: they belong to the server, other
   * databases on it may use them, and dropping one would race with their migrations.
   */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE app_role text := ${APP_ROLE};
      BEGIN
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM %I', app_role);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM %I', app_role);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', app_role);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', app_role);
        EXECUTE format('REVOKE USAGE ON SCHEMA public FROM %I, onward_tenant_lookup', app_role);
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), app_role);
      END $$`);
  }
}

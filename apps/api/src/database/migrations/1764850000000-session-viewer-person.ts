import { MigrationInterface, QueryRunner } from 'typeorm';

const APP_ROLE = `coalesce(nullif(current_setting('onward.app_role', true), ''), 'onward_app')`;
const SIGNATURE = 'cross_tenant_session_viewer(p_token_hash bytea, p_now timestamptz)';
/** What a Person shows of the signed-in person themselves, beyond what the lookup read already. */
const PERSON_COLUMNS = 'name, title, level_id, manager_id, joined_at';

function create(returns: string, body: string): string {
  return `CREATE FUNCTION ${SIGNATURE} RETURNS ${returns}
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ ${body} $$`;
}

async function replace(q: QueryRunner, returns: string, body: string): Promise<void> {
  await q.query(`DROP FUNCTION ${SIGNATURE}`);
  await q.query(create(returns, body));
  await q.query(`ALTER FUNCTION ${SIGNATURE} OWNER TO onward_tenant_lookup`);
  await q.query(`REVOKE ALL ON FUNCTION ${SIGNATURE} FROM PUBLIC`);
  await q.query(`DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION ${SIGNATURE} TO %I', ${APP_ROLE}); END $$`);
}

/**
 * The session lookup that every signed-in request makes also answers who the signed-in person is
 * (their own row, found by the token they hold), so `me` and everything the request later asks
 * about them cost no second statement. Still only the holder's own row, and still no password hash.
 */
export class SessionViewerPerson1764850000000 implements MigrationInterface {
  name = 'SessionViewerPerson1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT (${PERSON_COLUMNS}) ON people TO onward_tenant_lookup`);
    await replace(
      q,
      `TABLE (session_id uuid, person_id uuid, organization_id uuid, is_admin boolean, last_used_at timestamptz,
              email varchar, name varchar, title varchar, level_id uuid, manager_id uuid, status varchar, joined_at timestamptz)`,
      `SELECT s.id, p.id, p.organization_id, p.is_admin, s.last_used_at, p.email, p.name, p.title, p.level_id, p.manager_id, p.status, p.joined_at
         FROM public.sessions s JOIN public.people p ON p.id = s.person_id
        WHERE s.token_hash = p_token_hash AND s.expires_at > p_now AND p.status = 'ACTIVE'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await replace(
      q,
      'TABLE (session_id uuid, person_id uuid, organization_id uuid, is_admin boolean, last_used_at timestamptz)',
      `SELECT s.id, p.id, p.organization_id, p.is_admin, s.last_used_at
         FROM public.sessions s JOIN public.people p ON p.id = s.person_id
        WHERE s.token_hash = p_token_hash AND s.expires_at > p_now AND p.status = 'ACTIVE'`,
    );
    await q.query(`REVOKE SELECT (${PERSON_COLUMNS}) ON people FROM onward_tenant_lookup`);
  }
}

import type { DataSource } from 'typeorm';

/**
 * Every table's row count and a digest of its rows: equal fingerprints before and after a request
 * mean it wrote nothing, no insert, update or delete anywhere.
 */
export async function tableFingerprint(db: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    const [{ count, digest }] = await db.query(
      `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    fingerprint[name] = `${count} rows, ${digest}`;
  }
  return fingerprint;
}

import type { DataSource } from 'typeorm';
import { ConnectionShape, decodeCursor, encodeCursor } from '../common/graphql/connection';
import { InterestingRoleEntity } from './interesting-role.entity';

/**
 * Pages of roles read as plain rows: TypeORM's query builder and entity hydration cost more per
 * page of 50 than the statements themselves. The select list comes from the entity's metadata, so
 * a new column reaches these pages without a second list to keep in step.
 */
function roleReader(dataSource: DataSource) {
  const columns = dataSource.getMetadata(InterestingRoleEntity).columns;
  const select = columns.map((column) => `r.${column.databaseName} AS "${column.propertyName}"`).join(', ');
  const transformed = columns.filter((column) => column.transformer && !Array.isArray(column.transformer));
  const read = (row: Record<string, unknown>): InterestingRoleEntity => {
    for (const column of transformed) {
      const transformer = column.transformer as { from(value: unknown): unknown };
      row[column.propertyName] = transformer.from(row[column.propertyName]);
    }
    return row as unknown as InterestingRoleEntity;
  };
  return { select, read };
}

const readers = new WeakMap<DataSource, ReturnType<typeof roleReader>>();

function readerFor(dataSource: DataSource) {
  let reader = readers.get(dataSource);
  if (!reader) {
    reader = roleReader(dataSource);
    readers.set(dataSource, reader);
  }
  return reader;
}

export interface RolePageQuery {
  /** Which roles, over `interesting_roles r`: a condition with $1… placeholders, and its parameters. */
  where: string;
  params: unknown[];
  /** The sort column, newest first, ties broken by id. */
  column: 'created_at' | 'shared_at';
  /** Joins the `where` needs (e.g. the owner); '' for none. */
  joins?: string;
  /**
   * A condition that serves the page only, given the placeholder of the page size and the cursor's
   * condition over alias `s` (or '' on the first page); it may use the same placeholders as `where`.
   */
  narrow?: (take: string, cursor: string) => string;
  /** What counts `where` finds, when a plain count would be slow; the same placeholders. */
  countSql?: string;
}

/** One page of a role connection and its total, two statements side by side. */
export async function rolePage<T>(
  dataSource: DataSource,
  query: RolePageQuery,
  first: number,
  after: string | undefined,
  toNode: (role: InterestingRoleEntity) => T,
): Promise<ConnectionShape<T>> {
  const { select, read } = readerFor(dataSource);
  const params = [...query.params];
  const next = (value: unknown) => `$${params.push(value)}`;
  let cursor = '';
  let narrowCursor = '';
  if (after) {
    const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
    const [atParam, idParam] = [next(at), next(id)];
    cursor = ` AND (r.${query.column}, r.id) < (${atParam}::timestamptz, ${idParam}::uuid)`;
    narrowCursor = ` AND (s.${query.column}, s.id) < (${atParam}::timestamptz, ${idParam}::uuid)`;
  }
  const take = next(first + 1);
  const narrow = query.narrow ? ` AND ${query.narrow(take, narrowCursor)}` : '';
  const joins = query.joins ?? '';
  const countSql = query.countSql ?? `SELECT count(*)::int AS count FROM interesting_roles r ${joins} WHERE ${query.where}`;
  const [counted, rows] = await Promise.all([
    dataSource.query(countSql, query.params) as Promise<{ count: number }[]>,
    dataSource.query(
      `SELECT ${select} FROM interesting_roles r ${joins}
        WHERE ${query.where}${cursor}${narrow}
        ORDER BY r.${query.column} DESC, r.id DESC LIMIT ${take}`,
      params,
    ) as Promise<Record<string, unknown>[]>,
  ]);
  const roles = rows.map(read);
  const keyOf = (role: InterestingRoleEntity) => (query.column === 'created_at' ? role.createdAt : role.sharedAt!);
  const edges = roles.slice(0, first).map((role) => ({ cursor: encodeCursor([keyOf(role).toISOString(), role.id]), node: toNode(role) }));
  return { edges, totalCount: counted[0].count, pageInfo: { hasNextPage: roles.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

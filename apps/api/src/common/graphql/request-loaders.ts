import type DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';

/**
 * A module's DataLoaders for one request. The module provides it (one instance for the app) and
 * `of(context)` hands out that request's set, created the first time a resolver asks: a request
 * that never touches roles never builds role loaders, and no list of loaders grows anywhere else.
 */
export abstract class RequestLoaderFactory<T> {
  /** Builds this request's loaders, scoped to the viewer's organization. */
  abstract create(viewer: Viewer | null): T;

  of(context: { loaders: RequestLoaders }): T {
    return context.loaders.get(this);
  }
}

/** The per-request cache of every module's loaders; it knows none of them by name. */
export class RequestLoaders {
  private readonly created = new Map<RequestLoaderFactory<unknown>, unknown>();

  constructor(private readonly viewer: Viewer | null) {}

  get<T>(factory: RequestLoaderFactory<T>): T {
    if (!this.created.has(factory)) this.created.set(factory, factory.create(this.viewer));
    return this.created.get(factory) as T;
  }
}

/** No organization has this id: loaders of an anonymous request find nothing. */
export const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/** Rows in the order of the keys asked for; null where none matched. */
export function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Rows grouped under the keys asked for, in the order of the keys; empty where none matched. */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A loader's answers for many keys (null keys answer null), failing as one when any key failed:
 * a field batch that fails gives way to the per-item resolvers, which report their own errors.
 */
export async function loadAll<K, V>(loader: DataLoader<K, V | null>, keys: readonly (K | null)[]): Promise<(V | null)[]> {
  const wanted = keys.filter((key): key is K => key !== null);
  const found = await loader.loadMany(wanted);
  const failed = found.find((value): value is Error => value instanceof Error);
  if (failed) throw failed;
  const byKey = new Map(wanted.map((key, i) => [key, found[i] as V | null]));
  return keys.map((key) => (key === null ? null : (byKey.get(key) ?? null)));
}

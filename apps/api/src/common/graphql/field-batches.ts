import { Global, Injectable, Module } from '@nestjs/common';
import type { GraphqlContext } from './graphql-context';

/**
 * A field's values for many parents at once: one call per list instead of one resolver call per
 * item. It must answer exactly what the field's own resolver answers for each parent (same loaders,
 * same access checks), in the order of `parents`.
 */
export type FieldBatch<P> = (parents: readonly P[], context: GraphqlContext) => Promise<readonly unknown[]>;

type ModelClass<P> = abstract new (...args: never[]) => P;

/**
 * Where modules say which fields of their types can be answered for a whole list at once. The
 * schema transform in precomputed-fields.ts runs these when a list is resolved, for the fields the
 * client selected, and the per-item resolvers then find their value already there.
 */
@Injectable()
export class FieldBatches {
  private readonly byType = new Map<string, Map<string, FieldBatch<unknown>>>();

  /** `type` is the model class of a GraphQL object type named after it; the field takes no arguments. */
  register<P>(type: ModelClass<P>, field: string, batch: FieldBatch<P>): void {
    const fields = this.byType.get(type.name) ?? new Map<string, FieldBatch<unknown>>();
    if (fields.has(field)) throw new Error(`${type.name}.${field} already has a batch`);
    fields.set(field, batch as FieldBatch<unknown>);
    this.byType.set(type.name, fields);
  }

  of(typeName: string): ReadonlyMap<string, FieldBatch<unknown>> | undefined {
    return this.byType.get(typeName);
  }

  typeNames(): string[] {
    return [...this.byType.keys()];
  }
}

@Global()
@Module({ providers: [FieldBatches], exports: [FieldBatches] })
export class FieldBatchesModule {}

import fc from 'fast-check';
import {
  getNamedType, GraphQLArgument, GraphQLField, GraphQLInputField, GraphQLInputType, GraphQLObjectType, GraphQLSchema, isEnumType, isInputObjectType, isLeafType,
  isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';
import { FLOAT, fromPool, idArbitrary, INT, Pools, TAME_INT, tameTextFor, textArbitrary } from './fuzz-values';

export interface FuzzRequest {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

const OMIT = Symbol('omit');
type Maybe<T> = T | null | typeof OMIT;

/** Which id pool an argument draws from, when it is not the general one. */
export type IdPoolFor = (operation: string, path: string) => string[] | undefined;

/**
 * Values for a GraphQL input type, built from the committed schema: scalars from fuzz-values,
 * enums from their values (now and then a wrong one), input objects field by field (required ones
 * always, the others left out, null or given), lists up to past the inputs' 20-entry limits.
 * "Wild" values test the edges; "tame" ones look like what a form sends, so they pass validation
 * and reach the services and SQL behind it.
 */
export class InputValues {
  private readonly text: fc.Arbitrary<string>;

  constructor(
    private readonly pools: Pools,
    private readonly idPoolFor: IdPoolFor,
    private readonly mode: 'wild' | 'tame',
  ) {
    this.text = textArbitrary(pools);
  }

  of(type: GraphQLInputType, operation: string, path: string, depth = 0): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.of(type.ofType, operation, path, depth);
    if (isListType(type)) {
      const item = this.of(type.ofType, operation, `${path}.0`, depth + 1);
      const items = isNonNullType(type.ofType) ? item : fc.oneof({ weight: 9, arbitrary: item }, { weight: 1, arbitrary: fc.constant(null) });
      if (this.mode === 'tame') return fc.array(item, { maxLength: 3 });
      return fc.oneof({ weight: 6, arbitrary: fc.array(items, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(items, { minLength: 19, maxLength: 24 }) });
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (this.mode === 'tame') return fc.constantFrom(...values);
      return fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0].toLowerCase()) });
    }
    if (isInputObjectType(type)) {
      if (depth > 4) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.tuple(...fields.map((field) => this.maybe(field, operation, `${path}.${field.name}`, depth + 1))).map((values) =>
        Object.fromEntries(fields.flatMap((field, i) => (values[i] === OMIT ? [] : [[field.name, values[i]]]))),
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'ID': {
          const pool = this.idPoolFor(operation, path) ?? this.pools.ids;
          return this.mode === 'tame' ? fromPool(pool, fc.uuid()) : idArbitrary(this.pools, pool);
        }
        case 'Int':
          return this.mode === 'tame' ? TAME_INT : INT;
        case 'Float':
          return this.mode === 'tame' ? fc.integer({ min: 0, max: 300_000 }) : FLOAT;
        case 'Boolean':
          return fc.boolean();
        default:
          return this.mode === 'tame' ? tameTextFor(path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '', this.pools) : this.text;
      }
    }
    return fc.constant(null);
  }

  /** A required value always; an optional one is left out, null, or given. */
  maybe(field: GraphQLArgument | GraphQLInputField, operation: string, path: string, depth = 0): fc.Arbitrary<Maybe<unknown>> {
    const value = this.of(field.type, operation, path, depth);
    if (isNonNullType(field.type) && field.defaultValue === undefined) return value;
    const choices: fc.WeightedArbitrary<Maybe<unknown>>[] = [
      { weight: this.mode === 'tame' ? 5 : 3, arbitrary: fc.constant(OMIT) },
      { weight: 6, arbitrary: value },
    ];
    if (!isNonNullType(field.type) && this.mode === 'wild') choices.push({ weight: 1, arbitrary: fc.constant(null) });
    return fc.oneof(...choices);
  }
}

function leafFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => field.name);
}

/** A few scalar fields of the result, its id always when it has one, sometimes one object field's scalars too. */
function selection(type: GraphQLObjectType): fc.Arbitrary<string> {
  const leaves = leafFields(type);
  const objects = Object.values(type.getFields()).filter(
    (field) => isObjectType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)) && leafFields(getNamedType(field.type) as GraphQLObjectType).length > 0,
  );
  const own: fc.Arbitrary<string[]> = leaves.length > 0 ? fc.subarray(leaves, { minLength: 1, maxLength: Math.min(4, leaves.length) }) : fc.constant([]);
  // The id and type name let the run reuse what it created (fuzz-world.ts, harvest).
  const withId = own.map((names) => [...(leaves.includes('id') && !names.includes('id') ? ['id'] : []), ...names, '__typename']);
  const objectSelection = (field: GraphQLField<unknown, unknown>): fc.Arbitrary<string[]> => {
    const inner = leafFields(getNamedType(field.type) as GraphQLObjectType);
    return fc.subarray(inner, { minLength: 1, maxLength: Math.min(3, inner.length) }).map((names) => [`${field.name} { ${names.join(' ')} __typename }`]);
  };
  const none: fc.Arbitrary<string[]> = fc.constant([]);
  const nested = objects.length === 0 ? none : fc.oneof({ weight: 2, arbitrary: none }, { weight: 1, arbitrary: fc.constantFrom(...objects).chain(objectSelection) });
  return fc.tuple(withId, nested).map(([a, b]) => `{ ${[...a, ...b].join(' ')} }`);
}

/** One request to a root field: its arguments as variables of their declared types, and a selection. */
export function requestArbitrary(schema: GraphQLSchema, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, values: InputValues): fc.Arbitrary<FuzzRequest> {
  const returned = getNamedType(field.type);
  const select = isObjectType(returned) ? selection(returned) : fc.constant('');
  const args = fc.tuple(...field.args.map((arg) => values.maybe(arg, field.name, arg.name)));
  return fc.tuple(args, select).map(([given, selected]) => {
    const present = field.args.filter((_, i) => given[i] !== OMIT);
    const definitions = present.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = present.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const query = `${kind} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selected} }`;
    const variables = Object.fromEntries(field.args.flatMap((arg, i) => (given[i] === OMIT ? [] : [[arg.name, given[i]]])));
    return { operation: field.name, query, variables };
  });
}

/** Every mutation and every query of the schema, each one request generator. */
export function rootFields(schema: GraphQLSchema): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

import { getNamedType, isLeafType, isListType, isNonNullType, isObjectType, isUnionType, type DocumentNode, type GraphQLNamedType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * How many items a plain list (`directReports`, `levels`, `actionItems`, …) is taken to hold. The
 * schema does not bound them; a team of this size is an ordinary one, and it makes each nesting of
 * a list cost ten times its contents, which is what a nesting costs the database and the response.
 */
export const ASSUMED_LIST_SIZE = 10;

/**
 * The largest number of fields, fragments and types the cost walk visits; past it the document is
 * refused as too costly. Fragments are walked once per spread, so this also ends a document whose
 * fragments spread each other over and over.
 */
export const MAX_COST_NODES = 10_000;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

const taggedValues = new WeakMap<GraphQLNamedType, boolean>();

/**
 * A union whose members hold only scalars without arguments (a dashboard figure: ShownCount with
 * its value, or Suppressed with its threshold) is one value in the answer, already computed when its
 * parent resolved: which member it is and its scalars are read from that one object, touching no
 * data. Counting its leaves as fields of their own made a dashboard's cost twice its number of
 * figures. Aliasing a scalar over and over stays bounded by the token limit, as anywhere else.
 */
function isTaggedValue(type: GraphQLNamedType): boolean {
  let known = taggedValues.get(type);
  if (known === undefined) {
    known = isUnionType(type) && type.getTypes().every((member) => Object.values(member.getFields()).every((f) => f.args.length === 0 && isLeafType(getNamedType(f.type))));
    taggedValues.set(type, known);
  }
  return known;
}

/**
 * One unit per field, times the size of every list around it: a connection's page is its `first`
 * (the default page size when absent), a connection's `edges` are that page, and any other list
 * of objects holds `ASSUMED_LIST_SIZE`. A tagged value (`isTaggedValue`) is one unit whatever is
 * selected in it. Introspection and `__typename` are free: the first is off in
 * production and neither touches data.
 */
const pageAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  if (!isList(field.type) && isTaggedValue(getNamedType(field.type))) return 1;
  if (typeof args.first === 'number') return 1 + Math.max(1, args.first) * childComplexity;
  const isPage = field.name === 'edges' && isObjectType(type) && 'pageInfo' in type.getFields();
  if (isPage || !isList(field.type) || !isObjectType(getNamedType(field.type))) return 1 + childComplexity;
  return 1 + ASSUMED_LIST_SIZE * childComplexity;
};

/**
 * Costs already walked, per parsed document (Apollo hands the same document object to every request
 * that sends the same text) and per operation and variables; a few per document, since cursors vary.
 */
const known = new WeakMap<DocumentNode, Map<string, number>>();
const KNOWN_PER_DOCUMENT = 32;

/**
 * The cost of running one operation of a document with these variables. Throws a GraphQLError when
 * the variables do not fit the operation, and when the walk passes `MAX_COST_NODES`.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  const costs = known.get(document) ?? new Map<string, number>();
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  const cached = costs.get(key);
  if (cached !== undefined) return cached;
  const cost = walkCost(schema, document, variables, operationName);
  if (costs.size >= KNOWN_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  known.set(document, costs);
  return cost;
}

function walkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [pageAwareEstimator],
    maxQueryNodes: MAX_COST_NODES,
  });
}


import {
  defaultFieldResolver,
  FieldNode,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLIncludeDirective,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  isListType,
  isObjectType,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import type { FieldBatch, FieldBatches } from './field-batches';
import type { GraphqlContext } from './graphql-context';

/**
 * Lists that don't pay per field. When a field resolves to a list of objects (or to connection
 * edges whose `node` is one), the batches registered for that object type run once for the whole
 * list, for the fields the client selected; each item's resolver then finds its value and answers
 * synchronously, skipping the per-item resolver chain (NestJS's parameter and enhancer wrappers,
 * a loader call and a promise per item and field). Values are kept per request, so nothing one
 * viewer's request computed is ever seen by another's.
 *
 * A batch that fails leaves the list as it was: the per-item resolvers then run and answer, or
 * fail, exactly as they would have without batching.
 */
const precomputed = new WeakMap<object, WeakMap<object, Record<string, unknown>>>();

function valuesOf(context: object, parent: object): Record<string, unknown> | undefined {
  return precomputed.get(context)?.get(parent);
}

function keep(context: object, parent: object, field: string, value: unknown): void {
  let request = precomputed.get(context);
  if (!request) precomputed.set(context, (request = new WeakMap()));
  let values = request.get(parent);
  if (!values) request.set(parent, (values = {}));
  values[field] = value;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Field names selected on `type` under `nodes`, through fragments, honouring @skip and @include. */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const applies = (condition: string | undefined) => {
    if (!condition || condition === type.name) return true;
    const conditionType = info.schema.getType(condition);
    return Boolean(conditionType && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type));
  };
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        found.set(name, [...(found.get(name) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}

/** What a list field's items are, when some of them can be batched: the items themselves or their `node`. */
interface BatchTarget {
  itemType: GraphQLObjectType;
  /** Set for connection edges: the batched type is the edge's node. */
  node?: { field: string; type: GraphQLObjectType };
}

function batchTarget(field: GraphQLField<unknown, unknown>, batches: FieldBatches): BatchTarget | null {
  const listType = getNullableType(field.type);
  if (!isListType(listType)) return null;
  const itemType = getNullableType(listType.ofType);
  if (!isObjectType(itemType)) return null;
  if (batches.of(itemType.name)) return { itemType };
  const nodeType = itemType.getFields()['node'] ? getNamedType(itemType.getFields()['node'].type) : null;
  return isObjectType(nodeType) && batches.of(nodeType.name) ? { itemType, node: { field: 'node', type: nodeType } } : null;
}

async function runBatches(list: unknown[], target: BatchTarget, info: GraphQLResolveInfo, context: GraphqlContext, batches: FieldBatches): Promise<unknown[]> {
  let type = target.itemType;
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let parents = list.filter((item): item is object => typeof item === 'object' && item !== null);
  if (target.node) {
    nodes = selectedFieldNames(info, type, nodes).get(target.node.field) ?? [];
    type = target.node.type;
    parents = parents.map((edge) => (edge as Record<string, unknown>)[target.node!.field]).filter((node): node is object => typeof node === 'object' && node !== null);
  }
  const selected = selectedFieldNames(info, type, nodes);
  const wanted = [...(batches.of(type.name) ?? [])].filter(
    ([field]) => selected.has(field) && parents.some((parent) => !(field in (valuesOf(context, parent) ?? {}))),
  );
  await Promise.all(wanted.map(([field, batch]) => runBatch(field, batch, parents, context)));
  return list;
}

async function runBatch(field: string, batch: FieldBatch<unknown>, parents: object[], context: GraphqlContext): Promise<void> {
  let values: readonly unknown[];
  try {
    values = await batch(parents, context);
  } catch {
    return; // each item's own resolver answers instead
  }
  if (values.length !== parents.length) throw new Error(`the batch for ${field} answered ${values.length} values for ${parents.length} parents`);
  parents.forEach((parent, i) => keep(context, parent, field, values[i]));
}

/** Applied once to the built schema (GraphQLModule's `transformSchema`). */
export function precomputeListFields(schema: GraphQLSchema, batches: FieldBatches): GraphQLSchema {
  for (const typeName of batches.typeNames()) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`field batches are registered for ${typeName}, which is no object type of the schema`);
    for (const fieldName of batches.of(typeName)!.keys()) {
      const field = type.getFields()[fieldName];
      if (!field || field.args.length > 0) throw new Error(`${typeName}.${fieldName} is no field without arguments: it cannot be batched`);
      const resolve: GraphQLFieldResolver<unknown, GraphqlContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const values = typeof source === 'object' && source !== null ? valuesOf(context, source) : undefined;
        return values && fieldName in values ? values[fieldName] : resolve(source, args, context, info);
      };
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const target = batchTarget(field, batches);
      if (!target) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphqlContext> = field.resolve ?? defaultFieldResolver;
      const withBatches = (list: unknown, context: GraphqlContext, info: GraphQLResolveInfo) =>
        Array.isArray(list) && list.length > 0 ? runBatches(list, target, info, context, batches) : list;
      field.resolve = (source, args, context, info) => {
        const list = resolve(source, args, context, info);
        return isPromise(list) ? list.then((resolved) => withBatches(resolved, context, info)) : withBatches(list, context, info);
      };
    }
  }
  return schema;
}

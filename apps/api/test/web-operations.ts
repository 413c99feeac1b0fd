import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../src/common/graphql/connection';

const root = path.resolve(__dirname, '../../..');

/** The committed schema, which the web app's operations are typed against. */
export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(root, 'apps/api/schema.graphql'), 'utf8'));
}

export interface WebOperation {
  name: string;
  /** The text the web app sends: its Apollo Client adds `__typename` to every selection. */
  source: string;
  /** The worst case the API accepts for each variable: the largest page wherever a page size is asked. */
  variables: Record<string, unknown>;
}

/**
 * Every operation the web app sends, read from its generated documents (one per operation, with the
 * fragments it spreads), as its Apollo Client sends them.
 */
export function webOperations(schema: GraphQLSchema): WebOperation[] {
  const generated = readFileSync(path.join(root, 'apps/web/src/generated/gql/graphql.ts'), 'utf8');
  const operations: WebOperation[] = [];
  for (const [, json] of generated.matchAll(/^export const \w+Document = (\{.*\}) as unknown as DocumentNode</gm)) {
    const document = addTypenameToDocument(JSON.parse(json) as DocumentNode);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    if (!operation) continue;
    operations.push({ name: operation.name?.value ?? '(anonymous)', source: print(document), variables: worstCaseVariables(schema, operation) });
  }
  return operations;
}

function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
    variables[definition.variable.name.value] = definition.variable.name.value === 'first' ? MAX_PAGE_SIZE : sampleOf(type);
  }
  return variables;
}

/** A value of the type that coerces: only its shape matters to the cost, and list sizes. */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [sampleOf(type.ofType)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].name;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) if (isNonNullType(field.type)) value[field.name] = sampleOf(field.type);
    return value;
  }
  return { Int: 1, Float: 1, Boolean: true }[named.name] ?? 'x';
}

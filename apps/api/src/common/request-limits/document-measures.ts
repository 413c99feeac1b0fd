import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { parse, validate, type ASTVisitor, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { queryCost } from './query-cost';

/** What the limits measure of each operation of a document, before it is executed. */
export type DocumentMeasure = 'depth' | 'aliases' | 'directives' | 'variables';

type OnCount = (count: number) => void;
type CountingRule = (onCount: OnCount) => (context: ValidationContext) => ASTVisitor;

/**
 * GraphQL Armor's counters, asked only for the count: the limit is compared by the caller, which
 * lets the same function measure the web app's operations and refuse a request. Depth counts
 * fields, not fragment spreads, so moving a selection into a fragment changes nothing.
 */
export const COUNTERS: Record<DocumentMeasure, CountingRule> = {
  depth: (onCount) =>
    maxDepthRule({ n: Infinity, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onAccept: [(_, { n }) => onCount(n)] }),
  aliases: (onCount) => maxAliasesRule({ n: Infinity, propagateOnRejection: false, onAccept: [(_, { n }) => onCount(n)] }),
  directives: (onCount) => maxDirectivesRule({ n: Infinity, propagateOnRejection: false, onAccept: [(_, { n }) => onCount(n)] }),
  // Armor has no counter of declared variables; each one is a value to coerce before execution.
  variables: (onCount) => () => ({ OperationDefinition: (operation) => onCount(operation.variableDefinitions?.length ?? 0) }),
};

export interface OperationMeasures extends Record<DocumentMeasure, number> {
  tokens: number;
  cost: number;
}

/**
 * Every figure the limits check, for a document as a client sends it: the largest over its
 * operations for the document measures, its tokens, and its cost with these variables.
 */
export function measureDocument(schema: GraphQLSchema, source: string, variables: Record<string, unknown> = {}): OperationMeasures {
  const document: DocumentNode = parse(source);
  const found = { depth: 0, aliases: 0, directives: 0, variables: 0 };
  const rules = (Object.keys(COUNTERS) as DocumentMeasure[]).map((measure) =>
    COUNTERS[measure]((count) => {
      found[measure] = Math.max(found[measure], count);
    }),
  );
  const errors = validate(schema, document, rules);
  if (errors.length) throw errors[0];
  return { ...found, tokens: document.tokenCount ?? 0, cost: queryCost(schema, document, variables) };
}

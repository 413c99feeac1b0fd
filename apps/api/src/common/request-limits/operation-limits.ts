import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { limitError } from './limit-errors';
import { queryCost } from './query-cost';
import { RequestLimitExceptionCode } from './request-limits.exception';
import type { RequestLimits } from './request-limits';

export interface ResolvedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  variables?: Record<string, unknown>;
}

/** How many values a JSON value holds (each key and each list item counts), stopping past `budget`. */
function valuesIn(root: unknown, budget: number): number {
  let count = 0;
  const pending: unknown[] = [root];
  while (pending.length && count <= budget) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? value : Object.values(value);
    count += children.length;
    for (const child of children) pending.push(child);
  }
  return count;
}

/**
 * The checks that need the request's variables, once the document is valid and before anything
 * runs: the size of the variables object, then the cost with those variables (a page asked with
 * `first: $first` costs what `$first` says). Throws the refusal.
 */
export function assertOperationWithinLimits({ schema, document, operation, variables }: ResolvedOperation, limits: RequestLimits): void {
  const keys = variables ? Object.keys(variables).length : 0;
  if (keys > limits.maxVariables) {
    throw limitError(RequestLimitExceptionCode.TOO_MANY_VARIABLES, `The request sends ${keys} variables; at most ${limits.maxVariables} are allowed.`, {
      limit: limits.maxVariables,
      found: keys,
    });
  }
  if (valuesIn(variables, limits.maxVariableValues) > limits.maxVariableValues) {
    throw limitError(RequestLimitExceptionCode.VARIABLES_TOO_LARGE, `The variables hold more than ${limits.maxVariableValues} values.`, {
      limit: limits.maxVariableValues,
    });
  }
  // Without an operation to run, or with variables that do not fit it, execution answers the error
  // itself and runs nothing; the cost is only meaningful for what would run.
  if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return;
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operation.name?.value);
  } catch {
    cost = Infinity; // the walk passed its node budget: fragments spread over and over
  }
  if (cost > limits.maxCost) {
    const found = Number.isFinite(cost) ? cost : undefined;
    throw limitError(
      RequestLimitExceptionCode.QUERY_TOO_COSTLY,
      `This query would cost ${found ?? 'more than can be counted'}; at most ${limits.maxCost} is allowed. Ask for smaller pages or fewer nested lists.`,
      { limit: limits.maxCost, found },
    );
  }
}

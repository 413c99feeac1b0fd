import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { oneSignInPerRequest } from '../auth/one-sign-in-per-request.rule';
import { documentLimitRules } from '../common/request-limits/document-limit-rules';
import { assertOperationWithinLimits } from '../common/request-limits/operation-limits';
import type { RequestLimits } from '../common/request-limits/request-limits';
import { SubscriptionsException, SubscriptionsExceptionCode } from './subscriptions.exception';

/** What a subscribe message of graphql-ws carries. */
export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type CheckedSubscription = { ok: true; document: DocumentNode; operation: OperationDefinitionNode } | { ok: false; errors: GraphQLError[] };

/** Apollo's codes for errors about the request itself, which the error formatter gives a reason. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError ?? undefined,
    extensions: { ...error.extensions, code },
  });
}

function refusal(code: SubscriptionsExceptionCode, message: string): GraphQLError {
  return new GraphQLError(message, { originalError: new SubscriptionsException(code, message) });
}

/**
 * A document sent over the WebSocket passes the checks an HTTP request passes in Apollo, with the
 * same figures (common/request-limits): the token limit while parsing; depth, aliases, directives,
 * declared variables and one sign-in per document while validating, beside graphql-js's own rules;
 * then the variables and the cost. Only a subscription may run here: queries and mutations go
 * over HTTP. Nothing here touches the database, so a refused document costs no SQL.
 */
export function checkSubscriptionDocument(schema: GraphQLSchema, payload: SubscribePayload, limits: RequestLimits): CheckedSubscription {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: limits.maxTokens });
  } catch (error) {
    return { ok: false, errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
  }
  const invalid = validate(schema, document, [...specifiedRules, ...documentLimitRules(limits), oneSignInPerRequest]);
  if (invalid.length > 0) {
    // As Apollo's ValidationError: a limit's own exception stays the original error, so it keeps its reason.
    return { ok: false, errors: invalid.map((error) => new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError ?? error, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } })) };
  }
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (!operation) return { ok: false, errors: [new GraphQLError('Unable to identify the operation to run.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
  if (operation.operation !== 'subscription') {
    return { ok: false, errors: [refusal(SubscriptionsExceptionCode.SUBSCRIPTIONS_ONLY, 'Only subscriptions run over the WebSocket; send queries and mutations to /graphql over HTTP.')] };
  }
  try {
    assertOperationWithinLimits({ schema, document, operation, variables: payload.variables ?? undefined }, limits);
  } catch (error) {
    return { ok: false, errors: [error as GraphQLError] };
  }
  return { ok: true, document, operation };
}

export function tooManySubscriptions(max: number): GraphQLError {
  return refusal(SubscriptionsExceptionCode.TOO_MANY_SUBSCRIPTIONS, `One connection carries at most ${max} subscriptions at once.`);
}

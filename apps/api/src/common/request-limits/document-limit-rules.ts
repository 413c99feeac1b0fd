import type { ValidationRule } from 'graphql';
import { COUNTERS, type DocumentMeasure } from './document-measures';
import { limitError } from './limit-errors';
import { RequestLimitExceptionCode } from './request-limits.exception';
import type { RequestLimits } from './request-limits';

const REFUSALS: Record<DocumentMeasure, { code: RequestLimitExceptionCode; limit: keyof RequestLimits; what: string }> = {
  depth: { code: RequestLimitExceptionCode.QUERY_TOO_DEEP, limit: 'maxDepth', what: 'levels of nested fields' },
  aliases: { code: RequestLimitExceptionCode.TOO_MANY_ALIASES, limit: 'maxAliases', what: 'aliases' },
  directives: { code: RequestLimitExceptionCode.TOO_MANY_DIRECTIVES, limit: 'maxDirectives', what: 'directives' },
  variables: { code: RequestLimitExceptionCode.TOO_MANY_VARIABLES, limit: 'maxVariables', what: 'declared variables' },
};

/**
 * Validation rules for what a document asks regardless of its variables: depth, aliases,
 * directives and declared variables. Apollo runs them with its own rules and caches a document
 * that passed, so the web app's documents are checked once per server.
 */
export function documentLimitRules(limits: RequestLimits): ValidationRule[] {
  return (Object.keys(REFUSALS) as DocumentMeasure[]).map((measure) => {
    const { code, limit, what } = REFUSALS[measure];
    const max = limits[limit];
    return (context) => {
      const visitor = COUNTERS[measure]((found) => {
        if (found > max) context.reportError(limitError(code, `This document has ${found} ${what}; at most ${max} are allowed.`, { limit: max, found }));
      });
      return visitor(context);
    };
  });
}

import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { documentLimitRules } from '../src/common/request-limits/document-limit-rules';
import { measureDocument, type OperationMeasures } from '../src/common/request-limits/document-measures';
import { assertOperationWithinLimits } from '../src/common/request-limits/operation-limits';
import { REQUEST_LIMITS, type RequestLimits } from '../src/common/request-limits/request-limits';
import { committedSchema, webOperations } from './web-operations';

const schema = committedSchema();
const operations = webOperations(schema).map((operation) => ({ ...operation, measures: measureDocument(schema, operation.source, operation.variables) }));

const LIMIT_OF: Record<keyof OperationMeasures, keyof RequestLimits> = {
  depth: 'maxDepth',
  aliases: 'maxAliases',
  directives: 'maxDirectives',
  tokens: 'maxTokens',
  cost: 'maxCost',
  variables: 'maxVariables',
};
const MEASURES = Object.keys(LIMIT_OF) as (keyof OperationMeasures)[];

function largest(measure: keyof OperationMeasures): { value: number; by: string } {
  const top = operations.reduce((best, op) => (op.measures[measure] > best.measures[measure] ? op : best));
  return { value: top.measures[measure], by: top.name };
}

const figures = (m: OperationMeasures) => MEASURES.map((measure) => `${measure} ${m[measure]}`).join(', ');
const maxima = MEASURES.map((measure) => {
  const top = largest(measure);
  return `${measure} ${top.value}${top.value ? ` (${top.by})` : ''} of ${REQUEST_LIMITS[LIMIT_OF[measure]]}`;
}).join(', ');

/**
 * The limits are set from what the web app sends: every operation it has, as its Apollo Client
 * sends it and with every page at its largest, is measured with the functions the limits use.
 * When a new screen needs more, this fails naming it: raise the limit in request-limits.ts.
 */
describe("the web app's operations and the request limits", () => {
  it(`reads every operation of the web app (${operations.length})`, () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(new Set(operations.map((op) => op.name)).size).toBe(operations.length);
  });

  it.each(operations.map((op) => [op.name, figures(op.measures), op] as const))('%s (%s) is within every limit', (_name, _figures, op) => {
    const exceeded = MEASURES.filter((m) => op.measures[m] > REQUEST_LIMITS[LIMIT_OF[m]]).map((m) => `${m} ${op.measures[m]} > ${REQUEST_LIMITS[LIMIT_OF[m]]}`);
    expect(exceeded).toEqual([]);
    // The server's own checks, not only the figures: its token limit, its validation rules, its cost.
    const document = parse(op.source, { maxLexicalTokens: REQUEST_LIMITS.maxTokens });
    expect(validate(schema, document, documentLimitRules(REQUEST_LIMITS))).toEqual([]);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(() => assertOperationWithinLimits({ schema, document, operation, variables: op.variables }, REQUEST_LIMITS)).not.toThrow();
  });

  it(`leaves each limit at least 1.5 times the largest figure: ${maxima}`, () => {
    const tight = MEASURES.filter((m) => REQUEST_LIMITS[LIMIT_OF[m]] < 1.5 * largest(m).value);
    expect(tight).toEqual([]);
  });
});

/**
 * How much one GraphQL request may ask for. Each figure is about twice the largest the web app
 * sends (apps/api/test/web-operations-limits.spec.ts measures every web operation with the same
 * functions and prints the figures), so no screen comes near a limit and an abusive document is
 * refused before anything runs. The web app's largest, with the page size at its maximum:
 *
 * | measure    | web app's largest                           | limit |
 * |------------|---------------------------------------------|-------|
 * | depth      | 7 (TeamDashboard: a quarter's roles by tag) | 11    |
 * | aliases    | 0                                           | 10    |
 * | directives | 0                                           | 10    |
 * | tokens     | 206 (TeamDashboard)                         | 400   |
 * | cost       | 2,701 (MyRoles, SharedWithMe at 100)        | 5,000 |
 * | variables  | 4 (People)                                  | 20    |
 *
 * Depth is 1.5 times rather than twice the largest: a team dashboard's quarter breaks its shared
 * roles down by stretch tag, seven levels the schema cannot shorten.
 *
 * The web app uses no aliases and no directives; ten leaves room for a screen that asks for two
 * slices of one list, or an `@include` on a few fields, and refuses hundreds of them.
 */
export const REQUEST_LIMITS = {
  maxDepth: 11,
  maxAliases: 10,
  maxDirectives: 10,
  maxTokens: 400,
  maxCost: 5_000,
  /** Variables a document declares, and keys of the variables object sent with it. */
  maxVariables: 20,
  /**
   * Values in the variables object, nested ones included (each key and each list item). The
   * largest form, a debrief with its action items, sends about a hundred.
   */
  maxVariableValues: 1_000,
} as const;

export type RequestLimits = typeof REQUEST_LIMITS;

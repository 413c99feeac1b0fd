import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GraphqlContext } from './graphql-context';

/** One check or preparation between a valid document and its execution; throwing refuses the request. */
export type BeforeExecutionStep = (request: GraphQLRequestContextDidResolveOperation<GraphqlContext>) => void | Promise<void>;

/**
 * Runs its steps one after the other once the document is parsed and validated, before execution.
 * Apollo starts every plugin's hook at once, so steps whose order matters (refuse an oversized
 * request before looking up its session) share this one hook. An error a step throws answers the
 * request, and nothing after it runs.
 */
export function beforeExecution(steps: BeforeExecutionStep[]): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          for (const step of steps) await step(request);
        },
      };
    },
  };
}

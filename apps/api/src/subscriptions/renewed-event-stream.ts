import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { CommonException, CommonExceptionCode } from '../common/errors/common.exception';
import type { GraphqlContext } from '../common/graphql/graphql-context';

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * graphql-js's `subscribe`, except that each event runs in a context of its own, as a new request
 * would: `renew` looks the session up again and gives fresh loaders, so a session that ended (a
 * log-out, an expiry, a deactivation) ends the subscription at its next event with
 * `UNAUTHENTICATED`, and no loader answers from what an earlier event cached.
 *
 * An explicit iterator, not an async generator: a generator waiting for its next event could not
 * be returned until that event came, and an unsubscribed client must stop its listener at once.
 */
export async function subscribeRenewingEachEvent(
  args: ExecutionArgs,
  renew: (context: GraphqlContext) => Promise<GraphqlContext>,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream as ExecutionResult;
  const source = stream[Symbol.asyncIterator]();
  let ended = false;
  const end = async (): Promise<IteratorReturnResult<undefined>> => {
    if (!ended) {
      ended = true;
      await source.return?.();
    }
    return DONE;
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => iterator,
    async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
      if (ended) return DONE;
      const event = await source.next();
      if (event.done || ended) return end();
      const context = await renew(args.contextValue as GraphqlContext);
      if (!context.viewer) {
        await end();
        return { done: false, value: { errors: [new GraphQLError('Please sign in.', { originalError: new CommonException(CommonExceptionCode.NOT_SIGNED_IN, 'Please sign in.') })] } };
      }
      return { done: false, value: (await execute({ ...args, rootValue: event.value, contextValue: context })) as ExecutionResult };
    },
    return: end,
    async throw(error: unknown) {
      await end();
      throw error;
    },
  };
  return iterator;
}

import type { BeforeExecutionStep } from '../common/graphql/before-execution.plugin';
import { SubscriptionsException, SubscriptionsExceptionCode } from './subscriptions.exception';

/**
 * Apollo would run a subscription sent over HTTP as if it were a query, calling its event
 * resolver with no event. Over HTTP it is refused before anything runs; graphql-ws on the same
 * path carries it.
 */
export const refuseSubscriptionsOverHttp: BeforeExecutionStep = ({ operation }) => {
  if (operation?.operation === 'subscription') {
    throw new SubscriptionsException(SubscriptionsExceptionCode.WEBSOCKET_ONLY, 'Subscriptions run over a WebSocket (graphql-ws) on /graphql, not over HTTP.');
  }
};

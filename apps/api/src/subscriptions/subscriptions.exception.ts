import { defineException, ErrorKind } from '../common/errors/app.exception';

/** Refusals of the WebSocket transport: what it carries and how much of it. */
export enum SubscriptionsExceptionCode {
  /** Queries and mutations go over HTTP, where every other guard of a request applies. */
  SUBSCRIPTIONS_ONLY = 'SUBSCRIPTIONS_ONLY',
  /** A subscription sent over HTTP: it needs the WebSocket, which can carry its events. */
  WEBSOCKET_ONLY = 'WEBSOCKET_ONLY',
  /** One connection carries a few subscriptions at once; a page needs one. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
}

export const SubscriptionsException = defineException<SubscriptionsExceptionCode>('SubscriptionsException', {
  SUBSCRIPTIONS_ONLY: ErrorKind.BAD_REQUEST,
  TOO_MANY_SUBSCRIPTIONS: ErrorKind.BAD_REQUEST,
  WEBSOCKET_ONLY: ErrorKind.BAD_REQUEST,
});

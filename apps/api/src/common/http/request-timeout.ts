import type { FastifyInstance } from 'fastify';
import { ErrorKind } from '../errors/app.exception';

export const REQUEST_TIMEOUT_REASON = 'REQUEST_TIMEOUT';

/** What a client gets when its request is not answered in time: the same shape as a GraphQL error. */
function timeoutBody(): string {
  return JSON.stringify({
    errors: [{ message: 'Onward took too long to answer. Try again in a moment.', extensions: { code: ErrorKind.SERVICE_UNAVAILABLE, reason: REQUEST_TIMEOUT_REASON } }],
  });
}

/**
 * Answers 503 once a request has run for `ms`, so that no client waits on a stuck dependency. The
 * work itself stops at the database's own timeouts; whatever it sends afterwards is dropped: once
 * a reply is sent, Fastify ignores any later `send` (and its headers and cookies) without an error.
 */
export function requestTimeout(fastify: FastifyInstance, ms: number): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    const res = reply.raw;
    const timer = setTimeout(() => {
      if (reply.sent || res.headersSent) {
        // Already streaming: nothing coded can be sent any more, so end it rather than hang.
        res.destroy();
        return;
      }
      reply.status(503).headers({ 'content-type': 'application/json; charset=utf-8', connection: 'close' }).send(timeoutBody());
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    done();
  });
}

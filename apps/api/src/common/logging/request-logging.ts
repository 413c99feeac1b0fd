import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PinoLogger } from './app-logger';
import { runWithRequestId } from './request-context';
import { graphqlOperationName, requestIdFrom, safePath } from './safe-request-fields';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * One line per request once it is answered: id, method, path, GraphQL operation, status and
 * duration. Deliberately nothing else: no headers (cookies, tokens), no body, no variables, which
 * hold passwords and what people write about their roles and debriefs.
 */
export function requestLogging(fastify: FastifyInstance, logger: PinoLogger): void {
  const summary = (request: FastifyRequest, reply: FastifyReply, requestId: string, durationMs: number) => ({
    requestId,
    method: request.method,
    path: safePath(request.url),
    operation: graphqlOperationName(request.body),
    status: reply.raw.statusCode,
    durationMs,
  });
  // What pino-http did, without its child logger and serializers per request, which cost more
  // than the rest of a small request's logging: one line, at the level its outcome deserves.
  // Fastify's own request logging stays off (no `logger` option); this is the only request log.
  fastify.addHook('onRequest', (request, reply, done) => {
    const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    // On the raw response, so that an answer written there (the request timeout's) carries it too.
    reply.raw.setHeader(REQUEST_ID_HEADER, id);
    const started = Date.now();
    const res = reply.raw;
    let logged = false;
    const log = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const line = summary(request, reply, id, Date.now() - started);
      if (aborted || res.statusCode >= 500) logger.error(line, 'request failed');
      else if (res.statusCode >= 400) logger.warn(line, 'request completed');
      else logger.info(line, 'request completed');
    };
    res.once('finish', () => log(false));
    res.once('close', () => log(!res.writableFinished));
    // Everything after this hook, the body's parsing included (Fastify carries the async context
    // through it), runs inside the id, so every line logged while serving the request carries it.
    runWithRequestId(id, done);
  });
}

import type { NextFunction, Request, Response } from 'express';
import type { PinoLogger } from './app-logger';
import { runWithRequestId } from './request-context';
import { graphqlOperationName, requestIdFrom, safePath } from './safe-request-fields';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * One line per request once it is answered: id, method, path, GraphQL operation, status and
 * duration. Deliberately nothing else: no headers (cookies, tokens), no body, no variables, which
 * hold passwords and what people write about their roles and debriefs.
 */
export function requestLogging(logger: PinoLogger) {
  const summary = (req: Request, res: Response, requestId: string, durationMs: number) => ({
    requestId,
    method: req.method,
    path: safePath(req.originalUrl ?? req.url),
    operation: graphqlOperationName(req.body),
    status: res.statusCode,
    durationMs,
  });
  // What pino-http did, without its child logger and serializers per request, which cost more
  // than the rest of a small request's logging: one line, at the level its outcome deserves.
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, id);
    const started = Date.now();
    let logged = false;
    const log = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const line = summary(req, res, id, Date.now() - started);
      if (aborted || res.statusCode >= 500) logger.error(line, 'request failed');
      else if (res.statusCode >= 400) logger.warn(line, 'request completed');
      else logger.info(line, 'request completed');
    };
    res.once('finish', () => log(false));
    res.once('close', () => log(!res.writableFinished));
    runWithRequestId(id, next);
  };
}

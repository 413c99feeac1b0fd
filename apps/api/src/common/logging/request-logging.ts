import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
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
  const summary = (req: IncomingMessage, res: ServerResponse, durationMs: number) => ({
    requestId: req.id,
    method: req.method,
    path: safePath((req as Request).originalUrl ?? req.url),
    operation: graphqlOperationName((req as Request).body),
    status: res.statusCode,
    durationMs,
  });
  const http = pinoHttp({
    logger,
    genReqId: (req) => req.id,
    // The line is built from `summary` alone; the request id also comes from the logger's mixin.
    quietResLogger: true,
    serializers: { req: (req: { method?: string }) => ({ method: req.method }) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (req, res, fields: { responseTime: number }) => summary(req, res, fields.responseTime),
    customErrorObject: (req, res, _error, fields: { responseTime: number }) => summary(req, res, fields.responseTime),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    runWithRequestId(id, () => http(req, res, next));
  };
}

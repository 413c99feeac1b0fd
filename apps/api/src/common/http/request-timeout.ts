import type { NextFunction, Request, Response } from 'express';
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
 * work itself stops at the database's own timeouts; whatever it writes afterwards is dropped.
 */
export function requestTimeout(ms: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent) {
        // Already streaming: nothing coded can be sent any more, so end it rather than hang.
        res.destroy();
        return;
      }
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(timeoutBody());
      const dropped = () => res;
      Object.assign(res, { setHeader: dropped, writeHead: dropped, status: dropped, set: dropped, header: dropped, send: dropped, json: dropped, write: () => true, end: dropped });
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

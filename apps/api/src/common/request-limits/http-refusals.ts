import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { RequestLimitException, RequestLimitExceptionCode } from './request-limits.exception';

/** Answers as Apollo would, `{ errors: [...] }` through the one error formatter, without reaching it. */
function refuse(res: Response, status: number, code: RequestLimitExceptionCode, message: string): void {
  const exception = new RequestLimitException(code, message);
  res.status(status).type('application/json').send(JSON.stringify({ errors: [formatGraphqlError({ message }, exception)] }));
}

/**
 * What the JSON body parser refuses, as GraphQL errors instead of Express's HTML page: a body over
 * the limit, JSON that does not parse, a charset it cannot read.
 */
export function graphqlBodyErrors(limit: string): ErrorRequestHandler {
  return (error: { type?: unknown; status?: unknown }, _req, res, next) => {
    switch (error.type) {
      case 'entity.too.large':
        return refuse(res, 413, RequestLimitExceptionCode.BODY_TOO_LARGE, `The request body is larger than ${limit}.`);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return refuse(res, 415, RequestLimitExceptionCode.UNSUPPORTED_CONTENT_TYPE, 'Send the request as UTF-8 JSON.');
      case 'entity.parse.failed':
        return refuse(res, 400, RequestLimitExceptionCode.MALFORMED_JSON, 'The request body is not a JSON object.');
      default:
        if (typeof error.type === 'string' && typeof error.status === 'number' && error.status < 500) {
          return refuse(res, error.status, RequestLimitExceptionCode.MALFORMED_JSON, 'The request body could not be read.');
        }
        return next(error);
    }
  };
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0].trim().toLowerCase() === 'application/json';
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
}

/**
 * A POST to /graphql must be one GraphQL request as a JSON object. Refused here, before Apollo: an
 * empty body, another content type (the web app sends JSON; a form or text/plain is what a
 * cross-site page would send) and a batch. Batches are refused rather than limited: the web app
 * sends one operation per request, and a batch multiplies everything the limits bound per document.
 * GET stays Apollo's: queries only, never a mutation.
 */
export const refuseNonGraphqlPosts: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const contentType = req.headers['content-type'];
  if (isEmpty(req.body) && (contentType === undefined || isJson(contentType))) {
    return refuse(res, 400, RequestLimitExceptionCode.EMPTY_BODY, 'The request body is empty; send {"query": "…"} as JSON.');
  }
  if (!isJson(contentType)) {
    return refuse(res, 415, RequestLimitExceptionCode.UNSUPPORTED_CONTENT_TYPE, 'Send the request as application/json.');
  }
  if (Array.isArray(req.body)) {
    return refuse(res, 400, RequestLimitExceptionCode.BATCH_NOT_SUPPORTED, 'Send one operation per request; batches are not supported.');
  }
  return next();
};

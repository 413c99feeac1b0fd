import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { RequestLimitException, RequestLimitExceptionCode } from './request-limits.exception';

/** Answers as Apollo would, `{ errors: [...] }` through the one error formatter, without reaching it. */
function refuse(reply: FastifyReply, status: number, code: RequestLimitExceptionCode, message: string): FastifyReply {
  const exception = new RequestLimitException(code, message);
  return reply.status(status).type('application/json').send(JSON.stringify({ errors: [formatGraphqlError({ message }, exception)] }));
}

type BodyFailure = Partial<FastifyError> & { type?: unknown; status?: unknown };

/**
 * What the body parsers refuse (common/http/body-parsers.ts, and Fastify's own reading of the
 * body), as GraphQL errors instead of Nest's `{ statusCode, message }`: a body over the limit, JSON
 * that does not parse, a charset that cannot be read. Anything else goes on to Nest's handler.
 */
export function graphqlBodyErrors(limit: string) {
  return (error: BodyFailure, _request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    switch (error.type ?? error.code) {
      case 'entity.too.large':
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return refuse(reply, 413, RequestLimitExceptionCode.BODY_TOO_LARGE, `The request body is larger than ${limit}.`);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return refuse(reply, 415, RequestLimitExceptionCode.UNSUPPORTED_CONTENT_TYPE, 'Send the request as UTF-8 JSON.');
      // A Content-Type header that does not parse: Express's parser left such a body alone, and it was refused as not JSON.
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return refuse(reply, 415, RequestLimitExceptionCode.UNSUPPORTED_CONTENT_TYPE, 'Send the request as application/json.');
      case 'entity.parse.failed':
        return refuse(reply, 400, RequestLimitExceptionCode.MALFORMED_JSON, 'The request body is not a JSON object.');
      default: {
        const status = error.statusCode ?? error.status;
        const isBodyError = typeof error.type === 'string' || (typeof error.code === 'string' && error.code.startsWith('FST_ERR_CTP_'));
        if (isBodyError && typeof status === 'number' && status < 500) {
          return refuse(reply, status, RequestLimitExceptionCode.MALFORMED_JSON, 'The request body could not be read.');
        }
        // Thrown on, to the handler above this route's (Nest's).
        throw error;
      }
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
export function refuseNonGraphqlPosts(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (request.method !== 'POST') return done();
  const contentType = request.headers['content-type'];
  if (isEmpty(request.body) && (contentType === undefined || isJson(contentType))) {
    refuse(reply, 400, RequestLimitExceptionCode.EMPTY_BODY, 'The request body is empty; send {"query": "…"} as JSON.');
    return;
  }
  if (!isJson(contentType)) {
    refuse(reply, 415, RequestLimitExceptionCode.UNSUPPORTED_CONTENT_TYPE, 'Send the request as application/json.');
    return;
  }
  if (Array.isArray(request.body)) {
    refuse(reply, 400, RequestLimitExceptionCode.BATCH_NOT_SUPPORTED, 'Send one operation per request; batches are not supported.');
    return;
  }
  done();
}

/** Methods Apollo answers itself with a coded 405, as it did when it saw every request to its path. */
const REFUSED_METHODS = ['PUT', 'PATCH', 'DELETE'] as const;

/**
 * The GraphQL route, as @nestjs/apollo registers it (GET, POST, OPTIONS), gets the refusals above
 * before Apollo: the POST checks as a pre-handler, the body errors as its error handler, and the
 * other methods, so that they reach Apollo's own 405 rather than Nest's 404.
 */
export function guardGraphqlRoute(fastify: FastifyInstance, path: string, limit: string): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    // The HEAD route Fastify adds for a GET route comes here too, as a copy: only the declared route is changed.
    if (route.url !== path || !Array.isArray(route.method) || !route.method.includes('POST')) return;
    route.method = [...route.method, ...REFUSED_METHODS.filter((method) => !route.method.includes(method))];
    route.preHandler = [refuseNonGraphqlPosts, ...[route.preHandler ?? []].flat()];
    route.errorHandler = graphqlBodyErrors(limit);
  });
}

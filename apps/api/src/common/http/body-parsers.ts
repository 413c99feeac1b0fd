import type { IncomingMessage } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * A body that cannot be read, named by `type` as body-parser names it ('entity.too.large',
 * 'entity.parse.failed', 'charset.unsupported', …), with the status it answers. Shaped like an
 * http-errors error, so Nest answers it with that status; /graphql answers it as a GraphQL error
 * (request-limits/http-refusals.ts).
 */
export class BodyError extends Error {
  readonly expose = true;
  readonly statusCode: number;

  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.statusCode = status;
  }
}

/** The `charset` parameter of a Content-Type header, lower-cased, if there is one. */
function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType) : null;
  return match?.[1].toLowerCase();
}

/** Decodes as body-parser's JSON parser does: UTF-8 unless the charset names another Unicode encoding. */
function decode(body: Buffer, contentType: string | undefined): string {
  const charset = charsetOf(contentType) ?? 'utf-8';
  if (charset === 'utf-8') return body.toString('utf8');
  if (!charset.startsWith('utf-')) throw new BodyError('charset.unsupported', 415, `unsupported charset "${charset.toUpperCase()}"`);
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    throw new BodyError('encoding.unsupported', 415, `unsupported content encoding "${charset}"`);
  }
}

/**
 * body-parser's strict JSON: an object or an array, nothing else; an empty body reads as `{}`.
 * `JSON.parse` as Express used it, so a body means here what it meant there.
 */
function parseJson(request: FastifyRequest, body: Buffer): unknown {
  const text = decode(body, request.headers['content-type']);
  if (text.length === 0) return {};
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw new BodyError('entity.parse.failed', 400, 'the request body is not a JSON object or array');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError('entity.parse.failed', 400, (error as Error).message);
  }
}

/** Where a short form is read, and how much of it (`UNSUBSCRIBE_FORM`): everywhere else a form is left unread. */
const FORM_PATHS = new Set(['/unsubscribe']);
const FORM_LIMIT_BYTES = 1024;
const FORM_MAX_PARAMETERS = 5;

/** Reads at most `limit` bytes of the request's body; more is refused without reading on. */
function readLimited(payload: IncomingMessage, limit: number, done: (error: Error | null, text?: string) => void): void {
  const tooLarge = () => new BodyError('entity.too.large', 413, 'request entity too large');
  if (Number(payload.headers['content-length']) > limit) return done(tooLarge());
  const chunks: Buffer[] = [];
  let length = 0;
  const stop = () => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onError);
  };
  const onData = (chunk: Buffer) => {
    length += chunk.length;
    if (length <= limit) return void chunks.push(chunk);
    stop();
    done(tooLarge());
  };
  const onEnd = () => {
    stop();
    done(null, Buffer.concat(chunks, length).toString('utf8'));
  };
  const onError = (error: Error) => {
    stop();
    done(new BodyError('request.aborted', 400, error.message));
  };
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onError);
}

/**
 * The bodies the API reads, as Express's parsers read them before: JSON (up to the instance's body
 * limit) on every path, a one-click unsubscribe's short form on /unsubscribe, and nothing else. Any
 * other body is left unread (`request.body` stays undefined), so /graphql refuses its content type
 * itself, rather than Fastify answering 415 in its own shape.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parseJson(request, body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  fastify.addContentTypeParser('application/x-www-form-urlencoded', (request, payload, done) => {
    if (!FORM_PATHS.has(request.routeOptions.url ?? '')) return done(null, undefined);
    readLimited(payload, FORM_LIMIT_BYTES, (error, text) => {
      if (error) return done(error, undefined);
      if ((text ?? '').split('&').length > FORM_MAX_PARAMETERS) return done(new BodyError('parameters.too.many', 413, 'too many parameters'), undefined);
      done(null, { ...parseQueryString(text ?? '', '&', '=', { maxKeys: FORM_MAX_PARAMETERS }) });
    });
  });
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

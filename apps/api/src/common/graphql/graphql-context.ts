import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieRequest } from '../../auth/auth-cookies';
import type { Viewer } from '../../auth/viewer';
import { RequestLoaders } from './request-loaders';

/**
 * The request as resolvers read it: an HTTP request (Fastify's), or over a WebSocket the upgrade
 * request read the same way: its cookies, protocol and headers, and over HTTP the client's address.
 */
export interface ContextRequest extends CookieRequest {
  headers: IncomingHttpHeaders;
  /** The client's address (behind the trusted proxy, the one it forwarded for); only HTTP requests need it. */
  ip?: string;
}

/** Built fresh for every request: who is asking, and the cache in which modules keep their loaders. */
export interface GraphqlContext {
  req: ContextRequest;
  /** None over a WebSocket, where only subscriptions run: nothing there sets a cookie. */
  res: FastifyReply | null;
  /** Nobody until the request passed every check; then the session's viewer (`bindViewer`). */
  viewer: Viewer | null;
  loaders: RequestLoaders;
}

/**
 * A request's context before its session is looked up: it costs no SQL, so refusals cost none.
 * Apollo's Fastify integration calls it with the request and the reply.
 */
export function anonymousContext(req: FastifyRequest, res: FastifyReply): GraphqlContext {
  return { req, res, viewer: null, loaders: new RequestLoaders(null) };
}

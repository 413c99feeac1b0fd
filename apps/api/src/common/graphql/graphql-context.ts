import type { Request, Response } from 'express';
import type { Viewer } from '../../auth/viewer';
import { RequestLoaders } from './request-loaders';

/** Built fresh for every request: who is asking, and the cache in which modules keep their loaders. */
export interface GraphqlContext {
  req: Request;
  /** None over a WebSocket, where only subscriptions run: nothing there sets a cookie. */
  res: Response | null;
  /** Nobody until the request passed every check; then the session's viewer (`bindViewer`). */
  viewer: Viewer | null;
  loaders: RequestLoaders;
}

/** A request's context before its session is looked up: it costs no SQL, so refusals cost none. */
export function anonymousContext({ req, res }: { req: Request; res: Response }): GraphqlContext {
  return { req, res, viewer: null, loaders: new RequestLoaders(null) };
}

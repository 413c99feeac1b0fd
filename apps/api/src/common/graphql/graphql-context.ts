import type { Request, Response } from 'express';
import type { Viewer } from '../../auth/viewer';
import type { RequestLoaders } from './request-loaders';

/** Built fresh for every request: who is asking, and the cache in which modules keep their loaders. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: RequestLoaders;
}

import type { Request, Response } from 'express';
import type { Viewer } from '../../auth/viewer';
import type { Loaders } from '../../dataloaders/loaders';

/** Built fresh for every request: who is asking, and DataLoaders scoped to their organization. */
export interface GraphqlContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}

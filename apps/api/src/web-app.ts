import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { isApiPath } from './common/http/api-pages';

/**
 * In production the API serves the built web app on its own port: static files, and index.html
 * for any other page address so that client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

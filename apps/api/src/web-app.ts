import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { isApiPath } from './common/http/api-pages';

/** Built files under assets/ carry a hash in their names: they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseRange(entry: string): MediaRange | null {
  const [media, ...params] = entry.split(';').map((part) => part.trim());
  const [type, subtype] = media.toLowerCase().split('/');
  if (!type || !subtype) return null;
  const q = params.map((param) => /^q\s*=\s*([0-9.]+)$/i.exec(param)?.[1]).find((value) => value !== undefined);
  return { type, subtype, q: q === undefined ? 1 : Number(q) };
}

/**
 * Whether an Accept header takes an HTML page, as Express's `req.accepts('html')` decided: no
 * header, or an empty one, takes anything; otherwise the most specific range that covers text/html (text/html, then
 * text/*, then * / *) must not say q=0.
 */
export function acceptsHtml(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  let best: { specificity: number; q: number } | undefined;
  for (const range of accept.split(',').map(parseRange)) {
    if (!range) continue;
    const specificity = range.type === 'text' && range.subtype === 'html' ? 2 : range.type === 'text' && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity || (specificity === best.specificity && range.q > best.q)) best = { specificity, q: range.q };
  }
  return best !== undefined && best.q > 0;
}

/**
 * In production the API serves the built web app on its own port: static files, and index.html
 * for any other page address so that client-side routes survive a reload.
 */
export async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<boolean> {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  // One route per built file (`wildcard: false`, read at start-up): a build is never changed in place.
  // The build writes .br and .gz copies beside each text file (tools/compress-web.mjs); they are
  // sent, with Content-Encoding and `Vary: Accept-Encoding`, to clients that accept them, and are
  // not addresses of their own.
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    maxAge: '1h',
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply: FastifyReply, file: string) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) reply.header('cache-control', IMMUTABLE);
    },
  });
  // JavaScript's registered type (RFC 9239), as Express sent it; @fastify/send still says
  // application/javascript, and for a compressed copy sets it after `setHeaders` has run.
  app.getHttpAdapter().getInstance().addHook('onSend', async (_request, reply) => {
    if (String(reply.getHeader('content-type') ?? '').startsWith('application/javascript')) reply.header('content-type', 'text/javascript; charset=utf-8');
  });
  // Any other page address a browser asks for is the app's, except the API's own addresses.
  app.getHttpAdapter().getInstance().get('/*', (request, reply) => {
    if (request.method !== 'GET' || isApiPath(request.url.split('?', 1)[0]) || !acceptsHtml(request.headers.accept)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  return true;
}

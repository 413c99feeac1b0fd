import type { Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

interface Drain {
  draining: boolean;
  inFlight: Set<ServerResponse>;
}

const drains = new WeakMap<INestApplication, Drain>();
const longLived = new WeakMap<Server, Set<() => void>>();

/**
 * Connections that outlive any request (WebSockets) would hold `server.close()` open until the
 * grace period ran out: `close` is called as soon as shutdown begins, to tell their clients to go.
 */
export function closeOnShutdown(server: Server, close: () => void): void {
  const closers = longLived.get(server) ?? new Set();
  closers.add(close);
  longLived.set(server, closers);
}

/**
 * Installed first, so every request is known. Node's `server.close()` closes the connections idle
 * at that moment but keeps the busy ones alive after their answer, so clients would go on sending
 * on them; once draining, every answer closes its connection instead (`Connection: close`).
 */
export function closeConnectionsOnShutdown(app: NestFastifyApplication): void {
  const drain: Drain = { draining: false, inFlight: new Set() };
  drains.set(app, drain);
  app.getHttpAdapter().getInstance().addHook('onRequest', (_request, reply, done) => {
    const res = reply.raw;
    if (drain.draining) res.shouldKeepAlive = false;
    drain.inFlight.add(res);
    const settled = () => drain.inFlight.delete(res);
    res.once('finish', settled);
    res.once('close', settled);
    done();
  });
}

/**
 * Stops taking connections and lets the requests in flight finish, for at most `graceMs`; then
 * cuts what is left and closes the app, which closes the database pool.
 */
export async function shutDownGracefully(app: INestApplication, graceMs: number): Promise<{ forced: boolean }> {
  const server = app.getHttpServer() as Server;
  const drain = drains.get(app);
  if (drain) {
    drain.draining = true;
    for (const res of drain.inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  }
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<boolean>((resolve) => server.close(() => resolve(false)));
  for (const close of longLived.get(server) ?? []) close();
  const forced = await Promise.race([
    closed,
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (forced) server.closeAllConnections();
  await app.close();
  return { forced };
}

import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Counts requests in flight and, once draining, asks every client to close its connection. */
class Drain {
  inFlight = 0;
  draining = false;
  private idle: (() => void)[] = [];

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight += 1;
    if (this.draining) res.setHeader('connection', 'close');
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    res.once('finish', finished);
    res.once('close', finished);
    next();
  };

  whenIdle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }
}

const drains = new WeakMap<INestApplication, Drain>();

/** Installed first, so that every request is counted. */
export function trackRequestsInFlight(app: INestApplication): void {
  const drain = new Drain();
  drains.set(app, drain);
  app.use(drain.middleware);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops taking connections, lets the requests in flight finish (within `graceMs`), then closes the
 * app, which closes the pool. Node's own `server.close()` also drops idle keep-alive connections at
 * once, and a client may have just sent its next request on one: that request would fail although
 * it reached us before we stopped. So the listening socket closes first, the open connections get
 * `Connection: close` on their next answer, and only connections that stayed quiet are cut.
 */
export async function shutDownGracefully(app: INestApplication, graceMs: number): Promise<{ forced: boolean }> {
  const server = app.getHttpServer() as Server;
  const drain = drains.get(app);
  if (drain) drain.draining = true;
  NetServer.prototype.close.call(server);
  const deadline = Date.now() + graceMs;
  let forced = false;
  if (drain) {
    // Quiet for a moment with nothing in flight: what was sent before the signal has arrived.
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) {
        forced = drain.inFlight > 0;
        break;
      }
      await Promise.race([drain.whenIdle(), pause(left)]);
      await pause(Math.min(150, Math.max(0, deadline - Date.now())));
      if (drain.inFlight === 0) break;
    }
  }
  server.closeAllConnections();
  await app.close();
  return { forced };
}

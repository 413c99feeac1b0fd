import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { printed, type GraphqlClient, type GraphqlResponse } from './graphql-client';

/** The public URL `startTestApp` configures: the Origin the app's own pages send. */
export const APP_ORIGIN = 'http://onward.test';

export function webSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** A browser's upgrade: the session cookie the client holds (if any) and an Origin. */
export function upgradeHeaders(client: GraphqlClient | null, origin: string | null): Record<string, string> {
  return { ...(client?.cookie ? { cookie: client.cookie } : {}), ...(origin ? { origin } : {}) };
}

/**
 * What one subscription received, in order; `next()` waits for the following result. Waiting has
 * no timeout of its own: a result that never comes fails the test at Jest's timeout.
 */
export class LiveFeed<T> {
  readonly received: GraphqlResponse<T>[] = [];
  private read = 0;
  private waiters: (() => void)[] = [];
  completed = false;

  constructor(
    private readonly connection: Client,
    private readonly stop: () => void,
  ) {}

  push(result: GraphqlResponse<T>): void {
    this.received.push(result);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  complete(): void {
    this.completed = true;
    this.waiters.splice(0).forEach((wake) => wake());
  }

  /** The next result not yet read; null once the subscription completed without one. */
  async next(): Promise<GraphqlResponse<T> | null> {
    while (this.read >= this.received.length && !this.completed) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.read < this.received.length ? this.received[this.read++] : null;
  }

  /** Reads results until one satisfies `wanted`, and returns it. */
  async until(wanted: (result: GraphqlResponse<T>) => boolean): Promise<GraphqlResponse<T>> {
    for (;;) {
      const result = await this.next();
      if (!result) throw new Error(`the subscription completed without the result waited for; received ${JSON.stringify(this.received)}`);
      if (wanted(result)) return result;
    }
  }

  async close(): Promise<void> {
    this.stop();
    await this.connection.dispose();
  }
}

/** One WebSocket as a browser tab holds it: it opens with the first subscription and is never retried. */
export class LiveConnection {
  private readonly ws: Client;

  constructor(url: string, client: GraphqlClient | null, origin: string | null = APP_ORIGIN) {
    const headers = upgradeHeaders(client, origin);
    class BrowserLikeSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    this.ws = createClient({ url: webSocketUrl(url), webSocketImpl: BrowserLikeSocket, retryAttempts: 0, lazy: true });
  }

  subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables> | string, variables?: TVariables): LiveFeed<TResult> {
    let feed: LiveFeed<TResult> | undefined = undefined;
    const query = typeof document === 'string' ? document : printed(document);
    const stop = this.ws.subscribe<TResult>(
      { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined },
      {
        next: (result) => feed!.push(result as GraphqlResponse<TResult>),
        error: (error) => {
          // An operation's errors come as a list; a closed socket as its close event.
          const closed = error as { code?: number; reason?: string };
          feed!.push({ errors: Array.isArray(error) ? error : [{ message: String(closed.reason ?? error), extensions: { code: 'CONNECTION_CLOSED', closeCode: closed.code } }] });
          feed!.complete();
        },
        complete: () => feed!.complete(),
      },
    );
    feed = new LiveFeed<TResult>(this.ws, stop);
    return feed;
  }

  dispose(): Promise<void> {
    return Promise.resolve(this.ws.dispose());
  }
}

/**
 * Subscribes over graphql-ws as the browser holding `client`'s session would, sending `origin`
 * (the app's own by default), on a connection of its own that closes with the feed.
 */
export function subscribe<TResult, TVariables>(
  url: string,
  client: GraphqlClient | null,
  document: TypedDocumentNode<TResult, TVariables> | string,
  options: { variables?: TVariables; origin?: string | null } = {},
): LiveFeed<TResult> {
  return new LiveConnection(url, client, options.origin === undefined ? APP_ORIGIN : options.origin).subscribe(document, options.variables);
}

/** The HTTP status an upgrade to `url` is answered with (101 when the WebSocket opens), and the body of a refusal. */
export function upgradeAnswer(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(webSocketUrl(url), 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}


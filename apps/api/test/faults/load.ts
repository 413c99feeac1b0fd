import { createServer } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { printed, type GraphqlResponse } from '../graphql-client';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The promise's value, or `fallback` if it takes longer than `ms` (the timer does not outlive it). */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export type Outcome =
  | { kind: 'ok'; data: unknown }
  /** A GraphQL or HTTP answer carrying errors; `codes` are their `extensions.code`/`reason`. */
  | { kind: 'error'; status: number; codes: string[]; messages: string[] }
  /** No answer within the client's own limit: the API hung. */
  | { kind: 'hang' }
  /** The connection failed or was refused. */
  | { kind: 'transport'; message: string };

export interface Sent {
  label: string;
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
}

/** Sends one operation with a session cookie and records what came back, within `limitMs`. */
export async function send<TResult, TVariables>(
  url: string,
  cookie: string | undefined,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  limitMs: number,
): Promise<{ startedAt: number; endedAt: number; outcome: Outcome }> {
  const startedAt = Date.now();
  let outcome: Outcome;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: printed(document), variables }),
      signal: AbortSignal.timeout(limitMs),
    });
    const body = (await response.json()) as GraphqlResponse<TResult>;
    outcome = body.errors?.length
      ? {
          kind: 'error',
          status: response.status,
          codes: body.errors.map((e) => `${e.extensions?.code}/${e.extensions?.reason ?? ''}`),
          messages: body.errors.map((e) => e.message),
        }
      : { kind: 'ok', data: body.data };
  } catch (error) {
    const name = (error as Error).name;
    outcome = name === 'TimeoutError' || name === 'AbortError' ? { kind: 'hang' } : { kind: 'transport', message: String((error as Error).cause ?? error) };
  }
  return { startedAt, endedAt: Date.now(), outcome };
}

/**
 * Runs `workers` loops of `step` until `stop()` is called, at most `maxRequests` in all; each loop
 * waits for its answer before the next, and backs off a little after a failure, as a client would.
 * A loop also ends when `step` says so by returning `undefined`.
 */
export function runLoad(workers: number, step: (worker: number, n: number) => Promise<Sent | undefined>, maxRequests = 20_000) {
  const sent: Sent[] = [];
  let stopping = false;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let n = 0; !stopping && sent.length < maxRequests; n += 1) {
      const result = await step(worker, n);
      if (!result) return;
      sent.push(result);
      await sleep(result.outcome.kind === 'ok' ? 2 : 50);
    }
  });
  return {
    sent,
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
      return sent;
    },
  };
}

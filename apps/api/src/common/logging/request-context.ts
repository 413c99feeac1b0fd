import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<{ requestId: string }>();

/** Runs the rest of a request inside its id, so every line logged while serving it carries the id. */
export function runWithRequestId<T>(requestId: string, run: () => T): T {
  return store.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

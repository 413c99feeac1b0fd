import { bindRequestOrganization, currentOrganizationId, TenantScopeError, tenantRequestScope, withOrganization } from './tenant-scope';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

/** Runs `work` the way Fastify runs a request after tenantRequestScope's hook. */
function inRequest<T>(work: () => Promise<T>): Promise<T> {
  let hook: ((request: never, reply: never, done: () => void) => void) | undefined;
  tenantRequestScope({ addHook: (_name: string, added: typeof hook) => (hook = added) } as never);
  return new Promise<T>((resolve, reject) => {
    hook?.({} as never, {} as never, () => void work().then(resolve, reject));
  });
}

describe('tenant scope', () => {
  it('is empty outside any scope', () => {
    expect(currentOrganizationId()).toBeUndefined();
  });

  it('follows work across awaits, timers and concurrent scopes', async () => {
    const seen = await Promise.all(
      [A, B, A, B].map((org, i) =>
        withOrganization(org, async () => {
          await new Promise((resolve) => setTimeout(resolve, 4 - i));
          await Promise.resolve();
          return currentOrganizationId() === org;
        }),
      ),
    );
    expect(seen).toEqual([true, true, true, true]);
    expect(currentOrganizationId()).toBeUndefined();
  });

  it('a request is bound once, where its viewer is known, and stays bound for everything after', async () => {
    const later = await inRequest(async () => {
      expect(currentOrganizationId()).toBeUndefined();
      bindRequestOrganization(A);
      bindRequestOrganization(A);
      expect(() => bindRequestOrganization(B)).toThrow(TenantScopeError);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentOrganizationId();
    });
    expect(later).toBe(A);
  });

  it('refuses to bind outside a request, inside a job’s scope, or to a malformed id', async () => {
    expect(() => bindRequestOrganization(A)).toThrow(TenantScopeError);
    await withOrganization(A, async () => expect(() => bindRequestOrganization(A)).toThrow(TenantScopeError));
    await inRequest(async () => expect(() => bindRequestOrganization("x' OR true --")).toThrow(TenantScopeError));
    expect(() => withOrganization('not-a-uuid', async () => undefined)).toThrow(TenantScopeError);
  });
});

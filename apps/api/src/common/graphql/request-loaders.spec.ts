import type { Viewer } from '../../auth/viewer';
import { byId, groupBy, RequestLoaderFactory, RequestLoaders } from './request-loaders';

class CountingLoaders extends RequestLoaderFactory<{ organizationId: string | null }> {
  created = 0;
  create(viewer: Viewer | null) {
    this.created += 1;
    return { organizationId: viewer?.organizationId ?? null };
  }
}

const viewer: Viewer = { kind: 'PERSON', personId: 'p', organizationId: 'org-1', isAdmin: false, sessionId: 's' };

describe('RequestLoaders', () => {
  it('creates a module’s loaders on first use, once per request, for that request’s viewer', () => {
    const factory = new CountingLoaders();
    const request = { loaders: new RequestLoaders(viewer) };
    expect(factory.created).toBe(0);
    expect(factory.of(request)).toBe(factory.of(request));
    expect(factory.of(request).organizationId).toBe('org-1');
    expect(factory.created).toBe(1);
  });

  it('never shares loaders between requests', () => {
    const factory = new CountingLoaders();
    const first = factory.of({ loaders: new RequestLoaders(viewer) });
    const second = factory.of({ loaders: new RequestLoaders(null) });
    expect(first).not.toBe(second);
    expect(second.organizationId).toBeNull();
    expect(factory.created).toBe(2);
  });

  it('keeps each module’s set apart', () => {
    const a = new CountingLoaders();
    const b = new CountingLoaders();
    const loaders = new RequestLoaders(viewer);
    expect(a.of({ loaders })).not.toBe(b.of({ loaders }));
  });
});

describe('byId and groupBy', () => {
  it('answer in the order of the keys, with null or [] where nothing matched', () => {
    expect(byId(['b', 'x', 'a'], [{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'b' }, null, { id: 'a' }]);
    const rows = [{ k: 'a', n: 1 }, { k: null, n: 2 }, { k: 'a', n: 3 }];
    expect(groupBy(['a', 'z'], rows, (r) => r.k)).toEqual([[{ k: 'a', n: 1 }, { k: 'a', n: 3 }], []]);
  });
});

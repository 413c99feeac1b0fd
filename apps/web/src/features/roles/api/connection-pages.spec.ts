import { appendPage, type ConnectionPage } from './connection-pages';

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 3): ConnectionPage<{ id: string }> => ({
  totalCount,
  pageInfo: { endCursor, hasNextPage },
  edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
});

describe('appendPage', () => {
  it('appends the next page and takes its paging information', () => {
    expect(appendPage(page(['a', 'b'], 'c-b', true), page(['c'], 'c-c', false))).toEqual({
      totalCount: 3,
      pageInfo: { endCursor: 'c-c', hasNextPage: false },
      edges: [
        { cursor: 'c-a', node: { id: 'a' } },
        { cursor: 'c-b', node: { id: 'b' } },
        { cursor: 'c-c', node: { id: 'c' } },
      ],
    });
  });

  it('shows an item that moved between pages only once', () => {
    const merged = appendPage(page(['a', 'b'], 'c-b', true), page(['b', 'c'], 'c-c', false));
    expect(merged.edges.map((edge) => edge.node.id)).toEqual(['a', 'b', 'c']);
  });
});

/** The shape every cursor connection of the API shares. */
export interface ConnectionPage<Node extends { id: string }> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: Array<{ cursor: string; node: Node }>;
}

/**
 * The next page appended to what is shown. An item already shown (it moved while paging, e.g. a
 * role shared again) is kept once, where it was first seen; paging and the total come from the
 * newest page.
 */
export function appendPage<Node extends { id: string }, Page extends ConnectionPage<Node>>(shown: Page, next: Page): Page {
  const seen = new Set(shown.edges.map((edge) => edge.node.id));
  return {
    ...next,
    edges: [...shown.edges, ...next.edges.filter((edge) => !seen.has(edge.node.id))],
  };
}

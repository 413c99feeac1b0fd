/** Where a WebSocket upgrade says it comes from and where it was sent. */
export interface UpgradeOrigin {
  /** The `Origin` header: every browser sends it on a WebSocket upgrade. */
  origin: string | undefined;
  /** The scheme the request came in on (`http` or `https`, as Fastify reads it behind the trusted proxy). */
  protocol: string;
  /** The `Host` header the browser connected to. */
  host: string | undefined;
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * Cross-site WebSocket hijacking: a WebSocket is not bound by the same-origin policy, and the
 * browser sends the session cookie with an upgrade that any page opens. Only the app's own pages
 * may: an upgrade must carry an Origin equal to the public URL's or to the address the browser
 * itself connected to (the same origin, e.g. 127.0.0.1 when the public URL says localhost). The
 * second cannot be abused across sites: a page elsewhere that points its own name at this server
 * gets its own name's cookies, never this site's. An upgrade without an Origin comes from no
 * browser page and is refused as well.
 */
export function upgradeOriginAllowed({ origin, protocol, host }: UpgradeOrigin, publicUrl: string): boolean {
  const from = origin ? originOf(origin) : null;
  if (!from) return false;
  if (from === originOf(publicUrl)) return true;
  return host !== undefined && from === originOf(`${protocol}://${host}`);
}

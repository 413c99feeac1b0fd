import type { IncomingMessage } from 'node:http';
import { isIPv4 } from 'node:net';
import type { TLSSocket } from 'node:tls';

/**
 * Only a proxy on this machine (loopback) is believed when it says, in `X-Forwarded-For` and
 * `X-Forwarded-Proto`, who the client is and how it connected; a header from anywhere else is
 * ignored. Fastify's `trustProxy` takes this function, and the WebSocket upgrade, which Fastify
 * never sees as a request, reads its protocol with the same rule (`upgradeProtocol`).
 */
export function isTrustedProxy(address: string | undefined): boolean {
  if (!address) return false;
  const ip = address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
  return ip === '::1' || (isIPv4(ip) && ip.startsWith('127.'));
}

/** The last entry of a header a chain of proxies appends to: the one the nearest proxy wrote. */
function lastEntry(value: string): string {
  const comma = value.lastIndexOf(',');
  return (comma === -1 ? value : value.slice(comma + 1)).trim();
}

/** `http` or `https`, as Fastify's `request.protocol` reads it for an HTTP request. */
export function upgradeProtocol(incoming: IncomingMessage): string {
  const forwarded = incoming.headers['x-forwarded-proto'];
  if (typeof forwarded === 'string' && forwarded && isTrustedProxy(incoming.socket.remoteAddress)) return lastEntry(forwarded);
  return (incoming.socket as TLSSocket).encrypted ? 'https' : 'http';
}

import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';

/**
 * Answers a WebSocket upgrade with a plain HTTP error and no handshake, in the shape of a GraphQL
 * error (`extensions.code` and `reason`) like every other refusal of /graphql; then drops the socket.
 */
export function refuseUpgrade(socket: Duplex, status: number, code: string, reason: string, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code, reason } }] });
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
      'Connection: close',
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n'),
  );
}

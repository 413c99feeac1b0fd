import type { IncomingMessage } from 'node:http';
import { isTrustedProxy, upgradeProtocol } from './trusted-proxy';

describe('the trusted proxy (loopback only)', () => {
  it('trusts this machine, over IPv4, IPv6 and IPv4-mapped IPv6, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect({ address, trusted: isTrustedProxy(address) }).toEqual({ address, trusted: true });
    for (const address of ['10.0.0.1', '192.168.1.20', '::ffff:10.0.0.1', '128.0.0.1', 'fe80::1', '', undefined]) expect({ address, trusted: isTrustedProxy(address) }).toEqual({ address, trusted: false });
  });

  const upgrade = (remoteAddress: string, headers: Record<string, string>, encrypted = false) => ({ headers, socket: { remoteAddress, encrypted } }) as unknown as IncomingMessage;

  it('reads an upgrade’s protocol as Fastify reads a request’s: X-Forwarded-Proto from this machine only, its last entry', () => {
    expect(upgradeProtocol(upgrade('127.0.0.1', { 'x-forwarded-proto': 'https' }))).toBe('https');
    expect(upgradeProtocol(upgrade('127.0.0.1', { 'x-forwarded-proto': 'http, https' }))).toBe('https');
    expect(upgradeProtocol(upgrade('203.0.113.7', { 'x-forwarded-proto': 'https' }))).toBe('http');
    expect(upgradeProtocol(upgrade('127.0.0.1', {}))).toBe('http');
    expect(upgradeProtocol(upgrade('203.0.113.7', {}, true))).toBe('https');
  });
});

import { lookup } from 'node:dns/promises';

/** Every address a host name resolves to, IPv4 and IPv6, in the resolver's order. */
export type HostResolver = (hostname: string) => Promise<string[]>;

export const HOST_RESOLVER = Symbol('HOST_RESOLVER');

/** The system's resolver (getaddrinfo), as the rest of the process would see the name. */
export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

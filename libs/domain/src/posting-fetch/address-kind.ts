import { parseIpAddress, type Ipv4Bytes, type Ipv6Groups } from './ip-address';

/**
 * What an address reaches, for the one question the fetch guard asks: may the server connect to it on a
 * person's behalf? Only PUBLIC may (and LOOPBACK where tests allow it); everything else could reach the
 * server's own network, its cloud's metadata service, or nothing anyone should ask for.
 */
export type AddressKind =
  | 'PUBLIC'
  | 'LOOPBACK'
  | 'PRIVATE'
  | 'CARRIER_GRADE_NAT'
  | 'LINK_LOCAL'
  | 'METADATA'
  | 'UNSPECIFIED'
  | 'MULTICAST'
  | 'BROADCAST'
  | 'RESERVED'
  | 'INVALID';

interface Ipv4Range {
  base: Ipv4Bytes;
  prefix: number;
  kind: AddressKind;
}

/** Checked in order, so a single metadata address inside a wider range is named for what it is. */
const IPV4_RANGES: readonly Ipv4Range[] = [
  { base: [169, 254, 169, 254], prefix: 32, kind: 'METADATA' }, // AWS, GCP, Azure, OpenStack…
  { base: [168, 63, 129, 16], prefix: 32, kind: 'METADATA' }, // Azure's host agent
  { base: [100, 100, 100, 200], prefix: 32, kind: 'METADATA' }, // Alibaba Cloud
  { base: [0, 0, 0, 0], prefix: 8, kind: 'UNSPECIFIED' }, // "this network"; 0.0.0.0 reaches the host itself
  { base: [10, 0, 0, 0], prefix: 8, kind: 'PRIVATE' },
  { base: [172, 16, 0, 0], prefix: 12, kind: 'PRIVATE' },
  { base: [192, 168, 0, 0], prefix: 16, kind: 'PRIVATE' },
  { base: [100, 64, 0, 0], prefix: 10, kind: 'CARRIER_GRADE_NAT' },
  { base: [127, 0, 0, 0], prefix: 8, kind: 'LOOPBACK' },
  { base: [169, 254, 0, 0], prefix: 16, kind: 'LINK_LOCAL' },
  { base: [192, 0, 0, 0], prefix: 24, kind: 'RESERVED' }, // IETF protocol assignments
  { base: [192, 0, 2, 0], prefix: 24, kind: 'RESERVED' }, // documentation
  { base: [198, 51, 100, 0], prefix: 24, kind: 'RESERVED' }, // documentation
  { base: [203, 0, 113, 0], prefix: 24, kind: 'RESERVED' }, // documentation
  { base: [198, 18, 0, 0], prefix: 15, kind: 'RESERVED' }, // benchmarking
  { base: [192, 88, 99, 0], prefix: 24, kind: 'RESERVED' }, // former 6to4 relays
  { base: [224, 0, 0, 0], prefix: 4, kind: 'MULTICAST' },
  { base: [255, 255, 255, 255], prefix: 32, kind: 'BROADCAST' },
  { base: [240, 0, 0, 0], prefix: 4, kind: 'RESERVED' },
];

export function classifyIpv4(bytes: Ipv4Bytes): AddressKind {
  const value = ipv4Number(bytes);
  for (const range of IPV4_RANGES) {
    const mask = range.prefix === 0 ? 0 : (0xffffffff << (32 - range.prefix)) >>> 0;
    if (((value & mask) >>> 0) === ((ipv4Number(range.base) & mask) >>> 0)) return range.kind;
  }
  return 'PUBLIC';
}

function ipv4Number(bytes: Ipv4Bytes): number {
  return ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
}

/** The IPv4 address in the last 32 bits. */
function lastIpv4(groups: Ipv6Groups): Ipv4Bytes {
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff];
}

const startsWith = (groups: Ipv6Groups, prefix: readonly number[]) => prefix.every((group, index) => groups[index] === group);

/**
 * IPv6, including every form that carries an IPv4 address inside (mapped ::ffff:a.b.c.d, translated,
 * the deprecated compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 6to4 2002::/16): those are judged by the
 * IPv4 address they lead to, so ::ffff:127.0.0.1 is loopback and 64:ff9b::10.0.0.1 private.
 */
export function classifyIpv6(groups: Ipv6Groups): AddressKind {
  const [first] = groups;
  if (groups.every((group) => group === 0)) return 'UNSPECIFIED';
  if (startsWith(groups, [0, 0, 0, 0, 0, 0, 0]) && groups[7] === 1) return 'LOOPBACK';
  if (startsWith(groups, [0, 0, 0, 0, 0, 0xffff])) return classifyIpv4(lastIpv4(groups)); // mapped
  if (startsWith(groups, [0, 0, 0, 0, 0xffff, 0])) return classifyIpv4(lastIpv4(groups)); // translated
  if (startsWith(groups, [0, 0, 0, 0, 0, 0])) return classifyIpv4(lastIpv4(groups)); // compatible (deprecated)
  if (startsWith(groups, [0x64, 0xff9b, 0, 0, 0, 0])) return classifyIpv4(lastIpv4(groups)); // NAT64
  if (startsWith(groups, [0x64, 0xff9b, 1])) return 'PRIVATE'; // local-use NAT64
  if (first === 0x2002) return classifyIpv4([groups[1] >> 8, groups[1] & 0xff, groups[2] >> 8, groups[2] & 0xff]); // 6to4
  if (startsWith(groups, [0xfd00, 0x0ec2, 0, 0, 0, 0, 0]) && groups[7] === 0x254) return 'METADATA'; // AWS over IPv6
  if ((first & 0xfe00) === 0xfc00) return 'PRIVATE'; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return 'LINK_LOCAL'; // fe80::/10
  if ((first & 0xffc0) === 0xfec0) return 'PRIVATE'; // site-local fec0::/10, deprecated
  if ((first & 0xff00) === 0xff00) return 'MULTICAST';
  if (startsWith(groups, [0x2001, 0])) return 'RESERVED'; // Teredo: the IPv4 inside is obfuscated
  if (startsWith(groups, [0x2001, 0x0db8]) || (first & 0xfff0) === 0x3ff0) return 'RESERVED'; // documentation
  if (startsWith(groups, [0x0100, 0, 0, 0])) return 'RESERVED'; // discard-only
  if (first === 0x2001 && (groups[1] & 0xfff0) === 0x0010) return 'RESERVED'; // ORCHID
  if (startsWith(groups, [0x2001, 0x0002, 0])) return 'RESERVED'; // benchmarking
  // Only 2000::/3 is handed out for the public internet.
  return (first & 0xe000) === 0x2000 ? 'PUBLIC' : 'RESERVED';
}

/** Any textual IPv4 or IPv6 address; INVALID when it cannot be read. */
export function classifyAddress(address: string): AddressKind {
  const parsed = parseIpAddress(address);
  if (!parsed) return 'INVALID';
  return parsed.family === 4 ? classifyIpv4(parsed.bytes) : classifyIpv6(parsed.groups);
}

export interface AddressPolicy {
  /** Tests serve pages from 127.0.0.1; nothing else may turn this on. */
  allowLoopback: boolean;
}

/** Whether the server may connect to this address to fetch a posting. */
export function mayFetchFrom(kind: AddressKind, policy: AddressPolicy): boolean {
  return kind === 'PUBLIC' || (kind === 'LOOPBACK' && policy.allowLoopback);
}

/**
 * IP address parsing for the fetch guard, strict on purpose: an address this cannot read is refused
 * rather than guessed at. The resolver and the URL parser both hand over canonical forms (dotted decimal,
 * RFC 4291 text), so nothing legitimate is lost by refusing octal, hex or shortened IPv4 spellings here.
 */

/** Four bytes. */
export type Ipv4Bytes = readonly [number, number, number, number];
/** Eight 16-bit groups. */
export type Ipv6Groups = readonly number[];

export type ParsedAddress = { family: 4; bytes: Ipv4Bytes } | { family: 6; groups: Ipv6Groups };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** "192.168.0.1" → its bytes; null for anything else, leading zeros included ("010.0.0.1" is octal to some). */
export function parseIpv4(text: string): Ipv4Bytes | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const parts = match.slice(1, 5);
  if (parts.some((part) => part.length > 1 && part.startsWith('0'))) return null;
  const bytes = parts.map(Number);
  if (bytes.some((byte) => byte > 255)) return null;
  return [bytes[0], bytes[1], bytes[2], bytes[3]];
}

/**
 * "2001:db8::1", "::ffff:10.0.0.1", "fe80::1%eth0" (the zone is dropped), "[::1]" (URL brackets) → eight
 * groups; null when it is not an IPv6 address.
 */
export function parseIpv6(text: string): Ipv6Groups | null {
  let address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = address.indexOf('%');
  if (zone !== -1) address = address.slice(0, zone);
  if (!address.includes(':')) return null;

  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null; // "::" stands for at least one group
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** Colon-separated groups; the last may be a dotted IPv4 address, worth two groups. */
function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes('.')) {
      const ipv4 = parseIpv4(part);
      if (!ipv4) return null;
      groups.push((ipv4[0] << 8) | ipv4[1], (ipv4[2] << 8) | ipv4[3]);
    } else if (HEX_GROUP.test(part)) {
      groups.push(Number.parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups.length <= 8 ? groups : null;
}

export function parseIpAddress(text: string): ParsedAddress | null {
  const bytes = parseIpv4(text);
  if (bytes) return { family: 4, bytes };
  const groups = parseIpv6(text);
  return groups ? { family: 6, groups } : null;
}

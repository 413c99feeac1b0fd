import { classifyAddress, mayFetchFrom, type AddressKind } from './address-kind';

describe('classifyAddress: IPv4', () => {
  it.each<[string, AddressKind]>([
    ['93.184.216.34', 'PUBLIC'],
    ['8.8.8.8', 'PUBLIC'],
    ['1.1.1.1', 'PUBLIC'],
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.255.254', 'LOOPBACK'],
    ['10.0.0.1', 'PRIVATE'],
    ['10.255.255.255', 'PRIVATE'],
    ['172.16.0.1', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['172.15.255.255', 'PUBLIC'],
    ['172.32.0.0', 'PUBLIC'],
    ['192.168.1.1', 'PRIVATE'],
    ['192.169.0.1', 'PUBLIC'],
    ['100.64.0.1', 'CARRIER_GRADE_NAT'],
    ['100.127.255.255', 'CARRIER_GRADE_NAT'],
    ['100.128.0.0', 'PUBLIC'],
    ['100.63.255.255', 'PUBLIC'],
    ['169.254.169.254', 'METADATA'],
    ['168.63.129.16', 'METADATA'],
    ['100.100.100.200', 'METADATA'],
    ['169.254.0.1', 'LINK_LOCAL'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['0.1.2.3', 'UNSPECIFIED'],
    ['224.0.0.1', 'MULTICAST'],
    ['239.255.255.250', 'MULTICAST'],
    ['255.255.255.255', 'BROADCAST'],
    ['240.0.0.1', 'RESERVED'],
    ['192.0.2.10', 'RESERVED'],
    ['198.51.100.7', 'RESERVED'],
    ['203.0.113.9', 'RESERVED'],
    ['198.18.0.1', 'RESERVED'],
    ['198.19.255.255', 'RESERVED'],
    ['192.0.0.8', 'RESERVED'],
  ])('%s → %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([['010.0.0.1'], ['127.1'], ['0x7f.0.0.1'], ['2130706433'], ['256.0.0.1'], ['1.2.3.4.5'], [''], ['localhost'], [' 8.8.8.8']])(
    '%j is not read as an address (refused, never guessed)',
    (address) => {
      expect(classifyAddress(address)).toBe('INVALID');
    },
  );
});

describe('classifyAddress: IPv6', () => {
  it.each<[string, AddressKind]>([
    ['2606:4700:4700::1111', 'PUBLIC'],
    ['2a00:1450:4001:80b::200e', 'PUBLIC'],
    ['::1', 'LOOPBACK'],
    ['0:0:0:0:0:0:0:1', 'LOOPBACK'],
    ['[::1]', 'LOOPBACK'],
    ['::', 'UNSPECIFIED'],
    ['fc00::1', 'PRIVATE'],
    ['fd12:3456:789a::1', 'PRIVATE'],
    ['fd00:ec2::254', 'METADATA'],
    ['fe80::1', 'LINK_LOCAL'],
    ['fe80::1%eth0', 'LINK_LOCAL'],
    ['febf::1', 'LINK_LOCAL'],
    ['fec0::1', 'PRIVATE'],
    ['ff02::1', 'MULTICAST'],
    ['2001:db8::1', 'RESERVED'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'RESERVED'],
    ['100::1', 'RESERVED'],
    ['3fff::1', 'RESERVED'],
    ['4000::1', 'RESERVED'],
    ['64:ff9b:1::1', 'PRIVATE'],
  ])('%s → %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  // IPv6 forms that carry an IPv4 address are judged by where they lead.
  it.each<[string, AddressKind]>([
    ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['::ffff:7f00:1', 'LOOPBACK'],
    ['::FFFF:10.1.2.3', 'PRIVATE'],
    ['::ffff:192.168.0.1', 'PRIVATE'],
    ['::ffff:169.254.169.254', 'METADATA'],
    ['::ffff:a9fe:a9fe', 'METADATA'],
    ['::ffff:100.64.0.1', 'CARRIER_GRADE_NAT'],
    ['::ffff:0.0.0.0', 'UNSPECIFIED'],
    ['::ffff:8.8.8.8', 'PUBLIC'],
    ['0:0:0:0:0:ffff:172.16.0.1', 'PRIVATE'],
    ['::ffff:0:10.0.0.1', 'PRIVATE'],
    ['::10.0.0.1', 'PRIVATE'],
    ['::127.0.0.1', 'LOOPBACK'],
    ['64:ff9b::10.0.0.1', 'PRIVATE'],
    ['64:ff9b::8.8.8.8', 'PUBLIC'],
    ['2002:a9fe:a9fe::1', 'METADATA'],
    ['2002:7f00:1::', 'LOOPBACK'],
    ['2002:0808:0808::1', 'PUBLIC'],
  ])('%s → %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([['1::2::3'], ['12345::1'], ['1:2:3:4:5:6:7:8:9'], ['1:2:3:4:5:6:7'], ['::ffff:999.0.0.1'], ['g::1'], [':::1'], ['1:2:3:4:5:6:7::8']])(
    '%j is not an address',
    (address) => {
      expect(classifyAddress(address)).toBe('INVALID');
    },
  );
});

describe('mayFetchFrom', () => {
  const kinds: AddressKind[] = ['PUBLIC', 'LOOPBACK', 'PRIVATE', 'CARRIER_GRADE_NAT', 'LINK_LOCAL', 'METADATA', 'UNSPECIFIED', 'MULTICAST', 'BROADCAST', 'RESERVED', 'INVALID'];

  it('lets only public addresses through', () => {
    expect(kinds.filter((kind) => mayFetchFrom(kind, { allowLoopback: false }))).toEqual(['PUBLIC']);
  });

  it('lets loopback through too when tests allow it, and nothing else', () => {
    expect(kinds.filter((kind) => mayFetchFrom(kind, { allowLoopback: true }))).toEqual(['PUBLIC', 'LOOPBACK']);
  });
});

import { upgradeOriginAllowed } from './upgrade-origin';

const PUBLIC = 'https://onward.example.com';

describe('upgradeOriginAllowed', () => {
  it.each([
    ['the public URL', { origin: 'https://onward.example.com', protocol: 'http', host: 'internal:3000' }, true],
    ['the public URL, written with its default port', { origin: 'https://onward.example.com:443', protocol: 'http', host: 'internal:3000' }, true],
    ['the address the browser connected to', { origin: 'http://127.0.0.1:3000', protocol: 'http', host: '127.0.0.1:3000' }, true],
    ['another site', { origin: 'https://evil.example', protocol: 'https', host: 'onward.example.com' }, false],
    ['a sibling subdomain', { origin: 'https://x.onward.example.com', protocol: 'https', host: 'onward.example.com' }, false],
    ['the public host over plain HTTP', { origin: 'http://onward.example.com', protocol: 'https', host: 'onward.example.com' }, false],
    ['the same host on another port', { origin: 'http://127.0.0.1:4000', protocol: 'http', host: '127.0.0.1:3000' }, false],
    ['no Origin at all', { origin: undefined, protocol: 'https', host: 'onward.example.com' }, false],
    ['an opaque origin', { origin: 'null', protocol: 'https', host: 'onward.example.com' }, false],
    ['a file page', { origin: 'file://', protocol: 'https', host: 'onward.example.com' }, false],
    ['no Host header', { origin: 'http://127.0.0.1:3000', protocol: 'http', host: undefined }, false],
  ])('%s → %s', (_, upgrade, allowed) => {
    expect(upgradeOriginAllowed(upgrade, PUBLIC)).toBe(allowed);
  });
});

import { charsetOf, isHtmlMediaType } from './page-encoding';
import { checkPostingUrl, checkRedirect, checkResolvedAddresses, type UrlRefusal } from './posting-url';

describe('checkPostingUrl', () => {
  it.each([
    ['https://jobs.example.com/postings/42?ref=li', 'jobs.example.com'],
    ['  http://careers.example.org/ ', 'careers.example.org'],
    ['https://[2606:4700::1111]:8443/job', '2606:4700::1111'],
    ['HTTPS://Jobs.Example.COM/x', 'jobs.example.com'],
  ])('accepts %s (host %s)', (text, hostname) => {
    expect(checkPostingUrl(text)).toMatchObject({ ok: true, hostname });
  });

  it.each<[string, UrlRefusal]>([
    ['jobs.example.com/42', 'NOT_A_URL'],
    ['', 'NOT_A_URL'],
    ['https://', 'NOT_A_URL'],
    [`https://example.com/${'a'.repeat(2_000)}`, 'NOT_A_URL'],
    ['ftp://example.com/job.html', 'SCHEME_NOT_ALLOWED'],
    ['file:///etc/passwd', 'SCHEME_NOT_ALLOWED'],
    ['javascript:alert(1)', 'SCHEME_NOT_ALLOWED'],
    ['data:text/html,<h1>Engineer</h1>', 'SCHEME_NOT_ALLOWED'],
    ['gopher://example.com:70/', 'SCHEME_NOT_ALLOWED'],
    ['https://user:secret@example.com/job', 'CREDENTIALS_NOT_ALLOWED'],
    ['https://user@example.com/job', 'CREDENTIALS_NOT_ALLOWED'],
  ])('refuses %j: %s', (text, refusal) => {
    const check = checkPostingUrl(text);
    expect(check).toMatchObject({ ok: false, refusal });
    expect(check.ok || check.message.length > 0).toBe(true);
  });
});

describe('checkRedirect', () => {
  const from = new URL('https://jobs.example.com/a/b?x=1');

  it('resolves a relative location against the page that redirected', () => {
    expect(checkRedirect(from, '/c')).toMatchObject({ ok: true, url: new URL('https://jobs.example.com/c') });
    expect(checkRedirect(from, '../d')).toMatchObject({ ok: true, url: new URL('https://jobs.example.com/d') });
    expect(checkRedirect(from, '//other.example.net/e')).toMatchObject({ ok: true, hostname: 'other.example.net' });
  });

  it.each<[string | undefined, UrlRefusal]>([
    [undefined, 'NOT_A_URL'],
    ['', 'NOT_A_URL'],
    ['file:///etc/passwd', 'SCHEME_NOT_ALLOWED'],
    ['https://admin:pw@jobs.example.com/', 'CREDENTIALS_NOT_ALLOWED'],
  ])('refuses a redirect to %j: %s', (location, refusal) => {
    expect(checkRedirect(from, location)).toMatchObject({ ok: false, refusal });
  });
});

describe('checkResolvedAddresses', () => {
  const strict = { allowLoopback: false };

  it('connects to the first address when every address is public', () => {
    expect(checkResolvedAddresses(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'], strict)).toEqual({ ok: true, address: '93.184.216.34' });
  });

  it.each([[['10.0.0.5']], [['93.184.216.34', '10.0.0.5']], [['::ffff:127.0.0.1']], [['169.254.169.254']], [['fd00:ec2::254']], [['not-an-ip']], [[]]])(
    'refuses %j: one address that is not public is enough',
    (addresses) => {
      expect(checkResolvedAddresses(addresses, strict)).toMatchObject({ ok: false, refusal: 'ADDRESS_NOT_ALLOWED' });
    },
  );

  it('lets loopback through only when the policy allows it', () => {
    expect(checkResolvedAddresses(['127.0.0.1'], strict)).toMatchObject({ ok: false });
    expect(checkResolvedAddresses(['127.0.0.1'], { allowLoopback: true })).toEqual({ ok: true, address: '127.0.0.1' });
    expect(checkResolvedAddresses(['127.0.0.1', '10.0.0.1'], { allowLoopback: true })).toMatchObject({ ok: false });
  });
});

describe('page encoding', () => {
  it.each([
    ['text/html', true],
    ['text/html; charset=utf-8', true],
    ['TEXT/HTML;charset=ISO-8859-1', true],
    ['application/xhtml+xml', true],
    ['application/json', false],
    ['application/pdf', false],
    ['text/plain', false],
    ['image/png', false],
    [undefined, false],
    ['', false],
  ])('%j is HTML: %p', (contentType, html) => {
    expect(isHtmlMediaType(contentType)).toBe(html);
  });

  it('takes the charset from the header, then the meta tag, then UTF-8', () => {
    expect(charsetOf('text/html; charset="Windows-1252"', '<meta charset="utf-8">')).toBe('windows-1252');
    expect(charsetOf('text/html', '<html><head><meta charset="ISO-8859-1">')).toBe('iso-8859-1');
    expect(charsetOf('text/html', '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">')).toBe('shift_jis');
    expect(charsetOf(undefined, '<html>')).toBe('utf-8');
    expect(charsetOf('text/html', `${' '.repeat(1100)}<meta charset="iso-8859-1">`)).toBe('utf-8');
  });
});

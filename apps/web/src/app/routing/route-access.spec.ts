import { decideRoute, loginPathFor, safeReturnTarget } from './route-access';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('decideRoute', () => {
  it('sends signed-out visitors to the login page, keeping where they were going', () => {
    expect(decideRoute('signed-in', null, at('/admin/people', '?q=ada'))).toEqual({
      kind: 'redirect',
      to: '/login?next=%2Fadmin%2Fpeople%3Fq%3Dada',
    });
  });

  it('does not add a return target for the home page', () => {
    expect(decideRoute('signed-in', null, at('/'))).toEqual({ kind: 'redirect', to: '/login' });
  });

  it('sends signed-in visitors away from login to the kept target', () => {
    expect(decideRoute('guest-only', { isAdmin: false }, at('/login', '?next=%2Fadmin%2Fladder'))).toEqual({ kind: 'redirect', to: '/admin/ladder' });
    expect(decideRoute('guest-only', { isAdmin: false }, at('/signup'))).toEqual({ kind: 'redirect', to: '/' });
  });

  it('lets guests see guest-only pages', () => {
    expect(decideRoute('guest-only', null, at('/login'))).toEqual({ kind: 'render' });
  });

  it('refuses admin pages to people who are not admins', () => {
    expect(decideRoute('admin', { isAdmin: false }, at('/admin/people'))).toEqual({ kind: 'forbidden' });
    expect(decideRoute('admin', { isAdmin: true }, at('/admin/people'))).toEqual({ kind: 'render' });
  });

  it('round-trips: the login path for a location leads back to that location', () => {
    const location = at('/admin/people', '?page=2', '#top');
    const login = new URL(loginPathFor(location), 'http://onward.test');
    expect(decideRoute('guest-only', { isAdmin: true }, at(login.pathname, login.search))).toEqual({ kind: 'redirect', to: '/admin/people?page=2#top' });
  });
});

describe('safeReturnTarget', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['https://evil.example/x', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/login?next=/x', '/'],
    ['/signup', '/'],
    ['/admin/people', '/admin/people'],
    ['/invite/abc?x=1', '/invite/abc?x=1'],
  ])('%j → %j', (raw, expected) => {
    expect(safeReturnTarget(raw)).toBe(expected);
  });
});

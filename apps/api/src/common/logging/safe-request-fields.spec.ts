import { graphqlOperationName, requestIdFrom, safePath } from './safe-request-fields';

describe('what a request line may show', () => {
  it.each([
    ['/graphql', '/graphql'],
    ['/graphql?query=%7Bme%7D', '/graphql'],
    ['/invite/short', '/invite/:token'],
    ['/invite/AbCdEfGhIjKlMnOpQrStUvWxYz012345?x=1', '/invite/:token'],
    ['/reset/AbCdEfGhIjKlMnOpQrStUvWxYz012345/next', '/reset/:token/next'],
    ['/calendar/AbCdEfGhIjKlMnOpQrStUvWxYz012345AbCdEfGhIjK.ics', '/calendar/:token'],
    ['/reset-password/short', '/reset-password/:token'],
    ['/unsubscribe?token=x.y.ALL.z', '/unsubscribe'],
    ['/roles/1234', '/roles/1234'],
    [undefined, '/'],
  ])('path %s → %s', (url, expected) => {
    expect(safePath(url)).toBe(expected);
  });

  it('keeps a plain incoming request id and replaces anything else', () => {
    expect(requestIdFrom('lb-1234.5:a_b')).toBe('lb-1234.5:a_b');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const hostile of [undefined, '', 'a\nb', '"quoted"', 'x'.repeat(65)]) expect(requestIdFrom(hostile)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the GraphQL operation from operationName, else the first named operation, and reads nothing else', () => {
    expect(graphqlOperationName({ operationName: 'LogIn', query: 'mutation Other { x }' })).toBe('LogIn');
    expect(graphqlOperationName({ query: '  mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }', variables: { password: 'p' } })).toBe('LogIn');
    expect(graphqlOperationName({ query: '{ me { id } }' })).toBeUndefined();
    expect(graphqlOperationName({ operationName: 'bad name"', query: 'query Me { me { id } }' })).toBe('Me');
    expect(graphqlOperationName(undefined)).toBeUndefined();
  });
});

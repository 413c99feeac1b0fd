import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ViewerQuery } from '../features/session/viewer-query';

/**
 * When the session has ended (expired, revoked, or the person was deactivated), the API answers
 * NOT_SIGNED_IN: forget the viewer so the route guard sends them to log in, keeping their place.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.reason === 'NOT_SIGNED_IN')) return;
  operation.client.writeQuery({ query: ViewerQuery, data: { me: null } });
});

/** Same-origin requests: the session travels in its httpOnly cookie, never in script-visible storage. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}

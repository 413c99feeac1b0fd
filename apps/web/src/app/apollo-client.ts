import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same-origin requests: the session travels in its httpOnly cookie, never in script-visible storage. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}

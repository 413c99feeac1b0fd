import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { ViewerQuery } from '../features/session/viewer-query';
import { POSSIBLE_TYPES } from './possible-types';

/**
 * When the session has ended (expired, revoked, or the person was deactivated), the API answers
 * NOT_SIGNED_IN: forget the viewer so the route guard sends them to log in, keeping their place.
 * Subscriptions pass here too: a live update that finds the session ended says so the same way.
 */
const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.reason === 'NOT_SIGNED_IN')) return;
  operation.client.writeQuery({ query: ViewerQuery, data: { me: null } });
});

/** The page's own address for the WebSocket: the browser sends its session cookie and Origin with the upgrade. */
function webSocketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * Same-origin requests: the session travels in its httpOnly cookie, never in script-visible
 * storage. Subscriptions go over graphql-ws on /graphql, opened with the first one and closed
 * with the last (lazy); everything else over HTTP. After a lost connection comes back, what is
 * on screen is read again, since changes may have been missed meanwhile.
 */
export function createApolloClient(): ApolloClient {
  let client: ApolloClient | undefined = undefined;
  const ws = createClient({
    url: webSocketUrl,
    lazy: true,
    retryAttempts: 8,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) void client?.refetchQueries({ include: 'active' });
      },
    },
  });
  const transport = ApolloLink.split(isSubscription, new GraphQLWsLink(ws), new HttpLink({ uri: '/graphql', credentials: 'same-origin' }));
  client = new ApolloClient({ link: ApolloLink.from([sessionEndedLink, transport]), cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES }) });
  return client;
}

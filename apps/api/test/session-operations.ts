// GraphQL operations on a person's own sessions.
import { graphql } from './generated';

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      signedInAt
      lastUsedAt
      expiresAt
      device
      current
    }
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const END_OTHER_SESSIONS = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

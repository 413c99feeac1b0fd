import { graphql } from '../../../generated/gql';

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      ...SessionFields
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

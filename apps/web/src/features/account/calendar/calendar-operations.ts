import { graphql } from '../../../generated/gql';

export const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

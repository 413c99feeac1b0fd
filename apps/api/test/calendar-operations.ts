// GraphQL operations on a person's own calendar feed.
import { graphql } from './generated';

export const MY_CALENDAR_FEED = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      createdAt
    }
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

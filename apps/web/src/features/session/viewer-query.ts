import { graphql } from '../../generated/gql';

/** What the app shell and the guards need to know about the signed-in person. */
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Person {
    id
    name
    email
    isAdmin
    isLeader
    status
    directReports {
      id
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

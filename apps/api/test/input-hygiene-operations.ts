// Paged reads with a cursor argument, for the input-hygiene and cursor suites.
import { graphql } from './generated';

export const MY_ROLES_PAGE = graphql(`
  query MyInterestingRolesPage($first: Int, $after: String) {
    myInterestingRoles(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const SHARED_WITH_ME_PAGE = graphql(`
  query SharedWithMePage($first: Int, $after: String) {
    sharedWithMe(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

import { graphql } from '../../../generated/gql';

/** The roles this report shares with the signed-in manager (none for anyone else): summaries only. */
export const ReportSharedRolesQuery = graphql(`
  query ReportSharedRoles($reportId: ID!, $first: Int!) {
    sharedWithMe(ownerId: $reportId, first: $first) {
      totalCount
      newCount
      edges {
        node {
          id
          title
          company
          outcome
          stretch
          trackChange
          sharedAt
          unread
        }
      }
    }
  }
`);

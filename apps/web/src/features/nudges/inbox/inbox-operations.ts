import { graphql } from '../../../generated/gql';

export const InboxQuery = graphql(`
  query Inbox($status: NudgeStatus, $first: Int, $after: String) {
    myNudges(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NudgeSummaryFields
        }
      }
    }
  }
`);

export const SnoozeNudgeMutation = graphql(`
  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {
    snoozeNudge(id: $id, input: $input) {
      ...NudgeSummaryFields
    }
  }
`);

export const DismissNudgeMutation = graphql(`
  mutation DismissNudge($id: ID!) {
    dismissNudge(id: $id) {
      ...NudgeSummaryFields
    }
  }
`);

// The paths by which someone other than the owner reaches a role: summaries in lists, the detail on opening it.
import { graphql } from './generated';

export const ROLE_SUMMARY_FIELDS = graphql(`
  fragment RoleSummaryPathFields on RoleSummary {
    id
    title
    company
    isShared
    sharedAt
    unread
    viewerRelation
    stretch
    level {
      key
    }
    owner {
      id
    }
  }
`);

export const INBOX_SUMMARIES = graphql(`
  query InboxSummaries {
    sharedWithMe(first: 100) {
      edges {
        node {
          ...RoleSummaryPathFields
        }
      }
    }
  }
`);

export const DEBRIEF_ROLE = graphql(`
  query DebriefRole($id: ID!) {
    debrief(id: $id) {
      id
      role {
        ...RoleSummaryPathFields
      }
    }
  }
`);

export const CONVERSATION_ROLE = graphql(`
  query ConversationRole($id: ID!) {
    conversation(id: $id) {
      id
      role {
        ...RoleSummaryPathFields
      }
    }
  }
`);

export const ROLE_ACCESS_LOG = graphql(`
  query RoleAccessLog($id: ID!) {
    interestingRole(id: $id) {
      id
      views {
        viewedAt
        viewer {
          id
        }
      }
    }
  }
`);

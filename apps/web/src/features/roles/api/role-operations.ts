import { graphql } from '../../../generated/gql';

/**
 * Everything the role page shows; mutations return it so the cache stays right (the fields a row of
 * "My roles" shows included, so the list follows an edit without a refetch).
 */
export const RoleDetailFieldsFragment = graphql(`
  fragment RoleDetailFields on InterestingRole {
    id
    title
    company
    location
    remote
    outcome
    stretch
    trackChange
    isShared
    sharedAt
    shareMessage
    satisfactionConversationSuggested
    createdAt
    url
    description
    source
    employmentTypes
    datePosted
    validThrough
    updatedAt
    viewerRelation
    salary {
      min
      max
      currency
      unit
    }
    level {
      id
      key
      name
      track
      rank
    }
    levelSource
    levelConfidence
    levelSetAt
    levelSetBy {
      id
      name
    }
    owner {
      id
      name
      level {
        id
        key
        name
        track
        rank
      }
    }
    checklist {
      toldNotLooking
      myWhy
      whyTheyReachedOut
      jobDescriptionReceived
      whatWouldItTake
      whatWouldItTakeShared
      nothingWouldMakeMeMove
    }
    interviews {
      ...RoleInterviewFields
    }
    comments {
      ...RoleCommentFields
    }
    views {
      viewedAt
      viewer {
        id
        name
      }
    }
  }
`);

export const RoleInterviewFieldsFragment = graphql(`
  fragment RoleInterviewFields on RoleInterview {
    id
    heldOn
    kind
    notes
  }
`);

export const RoleCommentFieldsFragment = graphql(`
  fragment RoleCommentFields on RoleComment {
    id
    body
    createdAt
    editedAt
    author {
      id
      name
    }
  }
`);

export const MyRolesQuery = graphql(`
  query MyRoles($first: Int!, $after: String) {
    myInterestingRoles(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...MyRoleFields
        }
      }
    }
  }
`);

/** Summaries only: a role's detail comes from opening it, which goes into the report's access log. */
export const SharedWithMeQuery = graphql(`
  query SharedWithMe($first: Int!, $after: String, $ownerId: ID, $stretch: StretchTag) {
    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {
      totalCount
      newCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...SharedRoleSummaryFields
        }
      }
    }
  }
`);

/** Whom "Shared with me" can be narrowed to: the viewer's direct reports. */
export const SharedFilterPeopleQuery = graphql(`
  query SharedFilterPeople {
    me {
      id
      directReports {
        id
        name
      }
    }
  }
`);

/** The role, plus what the page compares it with: the viewer, their manager and the ladder. */
export const RolePageQuery = graphql(`
  query RolePage($id: ID!) {
    interestingRole(id: $id) {
      ...RoleDetailFields
    }
    me {
      id
      level {
        id
        key
        name
        track
        rank
      }
      manager {
        id
        name
      }
    }
    levels {
      id
      key
      name
      track
      rank
    }
  }
`);

export const RoleLadderQuery = graphql(`
  query RoleLadder {
    levels {
      id
      key
      name
      track
      rank
    }
  }
`);

export const ExportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

// GraphQL operations on interesting roles, as the web app and scripts send them.
import { graphql } from './generated';

export const RoleFields = graphql(`
  fragment RoleFields on InterestingRole {
    id
    title
    company
    location
    remote
    description
    source
    outcome
    isShared
    sharedAt
    shareMessage
    viewerRelation
    levelSource
    levelConfidence
    level {
      key
    }
    stretch
    trackChange
    satisfactionConversationSuggested
    checklist {
      toldNotLooking
      myWhy
      whyTheyReachedOut
      jobDescriptionReceived
      whatWouldItTake
      whatWouldItTakeShared
      nothingWouldMakeMeMove
    }
    salary {
      min
      max
      currency
      unit
    }
    employmentTypes
    owner {
      id
      name
    }
    levelSetBy {
      name
    }
  }
`);

export const CREATE_ROLE = graphql(`
  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {
    createInterestingRole(input: $input) {
      ...RoleFields
    }
  }
`);

export const UPDATE_ROLE = graphql(`
  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {
    updateInterestingRole(id: $id, input: $input) {
      ...RoleFields
    }
  }
`);

export const DELETE_ROLE = graphql(`
  mutation DeleteInterestingRole($id: ID!) {
    deleteInterestingRole(id: $id)
  }
`);

export const IMPORT_POSTING = graphql(`
  mutation ImportJobPosting($input: ImportJobPostingInput!) {
    importJobPosting(input: $input) {
      source
      title
      company
      location
      remote
      workplace
      description
      url
      salary {
        min
        max
        currency
        unit
      }
      employmentTypes
      datePosted
      validThrough
      fieldsFound
      warnings
      suggestedLevelKey
    }
  }
`);

export const IMPORT_POSTING_FROM_URL = graphql(`
  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {
    importPostingFromUrl(input: $input) {
      source
      title
      company
      location
      remote
      workplace
      url
      employmentTypes
      description
      fieldsFound
      warnings
      suggestedLevelKey
    }
  }
`);

export const SHARE_ROLE = graphql(`
  mutation ShareInterestingRole($id: ID!, $message: String) {
    shareInterestingRole(id: $id, message: $message) {
      ...RoleFields
    }
  }
`);

export const REVOKE_ROLE = graphql(`
  mutation RevokeInterestingRoleShare($id: ID!) {
    revokeInterestingRoleShare(id: $id) {
      ...RoleFields
    }
  }
`);

export const SET_ROLE_LEVEL = graphql(`
  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {
    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {
      ...RoleFields
    }
  }
`);

export const ADD_INTERVIEW = graphql(`
  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {
    addInterview(roleId: $roleId, input: $input) {
      id
      heldOn
      kind
      notes
    }
  }
`);

export const REMOVE_INTERVIEW = graphql(`
  mutation RemoveInterview($id: ID!) {
    removeInterview(id: $id)
  }
`);

export const COMMENT = graphql(`
  mutation CommentOnInterestingRole($id: ID!, $body: String!) {
    commentOnInterestingRole(id: $id, body: $body) {
      id
      body
      author {
        name
      }
    }
  }
`);

export const ROLE = graphql(`
  query InterestingRole($id: ID!) {
    interestingRole(id: $id) {
      ...RoleFields
      interviews {
        id
        heldOn
        kind
      }
      comments {
        body
        author {
          name
        }
      }
      views {
        viewer {
          name
        }
        viewedAt
      }
    }
  }
`);

export const MY_ROLES = graphql(`
  query MyInterestingRoles {
    myInterestingRoles(first: 100) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const SHARED_WITH_ME = graphql(`
  query SharedWithMe($first: Int) {
    sharedWithMe(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          stretch
          trackChange
          satisfactionConversationSuggested
          company
          isShared
          sharedAt
          unread
          viewerRelation
          owner {
            id
            name
            level {
              key
            }
          }
          level {
            key
            name
          }
        }
      }
    }
  }
`);

/** The inbox narrowed to one report or one stretch tag, with its count of new roles. */
export const SHARED_FILTERED = graphql(`
  query SharedWithMeFiltered($first: Int, $after: String, $ownerId: ID, $stretch: StretchTag) {
    sharedWithMe(first: $first, after: $after, ownerId: $ownerId, stretch: $stretch) {
      totalCount
      newCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          company
          outcome
          stretch
          sharedAt
          unread
          owner {
            id
          }
        }
      }
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditRoleComment($id: ID!, $body: String!) {
    editRoleComment(id: $id, body: $body) {
      id
      body
      createdAt
      editedAt
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteRoleComment($id: ID!) {
    deleteRoleComment(id: $id)
  }
`);

export const EXPORT = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

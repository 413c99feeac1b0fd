import { graphql } from '../../../generated/gql';

export const CreateInterestingRoleMutation = graphql(`
  mutation CreateInterestingRole($input: CreateInterestingRoleInput!) {
    createInterestingRole(input: $input) {
      ...RoleDetailFields
    }
  }
`);

export const UpdateInterestingRoleMutation = graphql(`
  mutation UpdateInterestingRole($id: ID!, $input: UpdateInterestingRoleInput!) {
    updateInterestingRole(id: $id, input: $input) {
      ...RoleDetailFields
    }
  }
`);

export const DeleteInterestingRoleMutation = graphql(`
  mutation DeleteInterestingRole($id: ID!) {
    deleteInterestingRole(id: $id)
  }
`);

/** What an import fills the form with, whichever way the posting came in. */
export const PostingDraftFieldsFragment = graphql(`
  fragment PostingDraftFields on JobPostingDraft {
    source
    fieldsFound
    warnings
    suggestedLevelKey
    title
    company
    location
    remote
    workplace
    description
    url
    employmentTypes
    datePosted
    validThrough
    salary {
      min
      max
      currency
      unit
    }
  }
`);

export const ImportJobPostingMutation = graphql(`
  mutation ImportJobPosting($input: ImportJobPostingInput!) {
    importJobPosting(input: $input) {
      ...PostingDraftFields
    }
  }
`);

export const ImportPostingFromUrlMutation = graphql(`
  mutation ImportPostingFromUrl($input: ImportPostingFromUrlInput!) {
    importPostingFromUrl(input: $input) {
      ...PostingDraftFields
    }
  }
`);

export const ShareInterestingRoleMutation = graphql(`
  mutation ShareInterestingRole($id: ID!, $message: String) {
    shareInterestingRole(id: $id, message: $message) {
      ...RoleDetailFields
    }
  }
`);

export const RevokeInterestingRoleShareMutation = graphql(`
  mutation RevokeInterestingRoleShare($id: ID!) {
    revokeInterestingRoleShare(id: $id) {
      ...RoleDetailFields
    }
  }
`);

export const SetInterestingRoleLevelMutation = graphql(`
  mutation SetInterestingRoleLevel($id: ID!, $levelKey: String) {
    setInterestingRoleLevel(id: $id, levelKey: $levelKey) {
      ...RoleDetailFields
    }
  }
`);

export const AddInterviewMutation = graphql(`
  mutation AddInterview($roleId: ID!, $input: AddInterviewInput!) {
    addInterview(roleId: $roleId, input: $input) {
      ...RoleInterviewFields
    }
  }
`);

export const RemoveInterviewMutation = graphql(`
  mutation RemoveInterview($id: ID!) {
    removeInterview(id: $id)
  }
`);

export const CommentOnInterestingRoleMutation = graphql(`
  mutation CommentOnInterestingRole($id: ID!, $body: String!) {
    commentOnInterestingRole(id: $id, body: $body) {
      ...RoleCommentFields
    }
  }
`);

export const EditRoleCommentMutation = graphql(`
  mutation EditRoleComment($id: ID!, $body: String!) {
    editRoleComment(id: $id, body: $body) {
      ...RoleCommentFields
    }
  }
`);

export const DeleteRoleCommentMutation = graphql(`
  mutation DeleteRoleComment($id: ID!) {
    deleteRoleComment(id: $id)
  }
`);

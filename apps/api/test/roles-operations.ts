/** GraphQL operations on interesting roles, as the web app and scripts send them. */
export const ROLE_FIELDS = `id title company location remote description source outcome isShared sharedAt shareMessage viewerRelation
  levelSource levelConfidence level { key } stretch trackChange satisfactionConversationSuggested
  checklist { toldNotLooking myWhy whyTheyReachedOut jobDescriptionReceived whatWouldItTake whatWouldItTakeShared nothingWouldMakeMeMove }
  salary { min max currency unit } employmentTypes owner { id name } levelSetBy { name }`;

export const CREATE_ROLE = `mutation C($input: CreateInterestingRoleInput!) { createInterestingRole(input: $input) { ${ROLE_FIELDS} } }`;
export const UPDATE_ROLE = `mutation U($id: ID!, $input: UpdateInterestingRoleInput!) { updateInterestingRole(id: $id, input: $input) { ${ROLE_FIELDS} } }`;
export const DELETE_ROLE = `mutation D($id: ID!) { deleteInterestingRole(id: $id) }`;
export const IMPORT_POSTING = `mutation I($input: ImportJobPostingInput!) { importJobPosting(input: $input) {
  source title company location remote description url salary { min max currency unit } employmentTypes datePosted validThrough fieldsFound warnings suggestedLevelKey } }`;
export const SHARE_ROLE = `mutation S($id: ID!, $message: String) { shareInterestingRole(id: $id, message: $message) { ${ROLE_FIELDS} } }`;
export const REVOKE_ROLE = `mutation R($id: ID!) { revokeInterestingRoleShare(id: $id) { ${ROLE_FIELDS} } }`;
export const SET_ROLE_LEVEL = `mutation L($id: ID!, $levelKey: String) { setInterestingRoleLevel(id: $id, levelKey: $levelKey) { ${ROLE_FIELDS} } }`;
export const ADD_INTERVIEW = `mutation A($roleId: ID!, $input: AddInterviewInput!) { addInterview(roleId: $roleId, input: $input) { id heldOn kind notes } }`;
export const REMOVE_INTERVIEW = `mutation X($id: ID!) { removeInterview(id: $id) }`;
export const COMMENT = `mutation M($id: ID!, $body: String!) { commentOnInterestingRole(id: $id, body: $body) { id body author { name } } }`;
export const ROLE = `query R($id: ID!) { interestingRole(id: $id) { ${ROLE_FIELDS} interviews { id heldOn kind } comments { body author { name } } views { viewer { name } viewedAt } } }`;
export const MY_ROLES = `query { myInterestingRoles(first: 100) { totalCount edges { node { id title } } } }`;
export const SHARED_WITH_ME = `query S($first: Int) { sharedWithMe(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id title stretch trackChange satisfactionConversationSuggested shareMessage owner { id name level { key } } level { key name } checklist { whatWouldItTake } } } } }`;
export const EXPORT = `query { exportMyData }`;

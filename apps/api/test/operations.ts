/** GraphQL operations the integration suites send, as a client would. */
export const PERSON_FIELDS = `id name email title status isAdmin level { key } manager { id name } directReports { id name }`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${PERSON_FIELDS} } }`;
export const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { id name } }`;
export const LOG_OUT = `mutation { logOut }`;
export const ME = `query { me { ${PERSON_FIELDS} } }`;
export const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
export const PEOPLE = `query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {
  people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email status } }
  }
}`;
export const LEVELS = `query { levels { id key name track rank keywords } }`;
export const ORGANIZATION = `query { organization { id name practiceCadenceMonths anonymityThreshold } }`;
export const UPDATE_ORGANIZATION = `mutation U($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name practiceCadenceMonths anonymityThreshold } }`;
export const INVITE = `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt person { id name status } } }`;
export const REISSUE = `mutation Reissue($personId: ID!) { reissueInvitation(personId: $personId) { url person { id } } }`;
export const INVITATION = `query Invitation($token: String!) { invitation(token: $token) { organizationName name email expiresAt } }`;
export const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id name status } }`;
export const UPDATE_PERSON = `mutation Update($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} } }`;
export const DEACTIVATE = `mutation Deactivate($id: ID!) { deactivatePerson(id: $id) { id status } }`;
export const IMPORT = `mutation Import($input: ImportPeopleInput!) {
  importPeople(input: $input) { applied dryRun created updated unchanged rejected rows { line email name outcome messages } }
}`;
export const CREATE_LEVEL = `mutation C($input: CreateLevelInput!) { createLevel(input: $input) { id key name track rank keywords } }`;
export const UPDATE_LEVEL = `mutation U($id: ID!, $input: UpdateLevelInput!) { updateLevel(id: $id, input: $input) { id key name rank } }`;
export const DELETE_LEVEL = `mutation D($id: ID!) { deleteLevel(id: $id) { id key } }`;

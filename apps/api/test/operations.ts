// GraphQL operations on sessions, people, the ladder and the organization, as a client sends them.
import { graphql } from './generated';

export const PersonFields = graphql(`
  fragment PersonFields on Person {
    id
    name
    email
    title
    status
    isAdmin
    level {
      key
    }
    manager {
      id
      name
    }
    directReports {
      id
      name
    }
  }
`);

export const LevelFields = graphql(`
  fragment LevelFields on Level {
    id
    key
    name
    track
    rank
    keywords
  }
`);

export const OrganizationFields = graphql(`
  fragment OrganizationFields on Organization {
    id
    name
    practiceCadenceMonths
    anonymityThreshold
    timeZone
  }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...PersonFields
    }
  }
`);

export const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      id
      name
    }
  }
`);

export const LOG_OUT = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...PersonFields
    }
  }
`);

export const PERSON = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
`);

export const PEOPLE = graphql(`
  query People($first: Int, $after: String, $search: String, $includeDeactivated: Boolean) {
    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          status
        }
      }
    }
  }
`);

export const LEVELS = graphql(`
  query Levels {
    levels {
      ...LevelFields
    }
  }
`);

export const ORGANIZATION = graphql(`
  query Organization {
    organization {
      ...OrganizationFields
    }
  }
`);

export const UPDATE_ORGANIZATION = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...OrganizationFields
    }
  }
`);

export const INVITE = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      url
      expiresAt
      emailed
      person {
        id
        name
        status
      }
    }
  }
`);

export const REISSUE = graphql(`
  mutation ReissueInvitation($personId: ID!) {
    reissueInvitation(personId: $personId) {
      url
      emailed
      person {
        id
      }
    }
  }
`);

export const INVITATION = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      organizationName
      name
      email
      expiresAt
    }
  }
`);

export const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      name
      status
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonFields
    }
  }
`);

export const DEACTIVATE = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivatePerson(id: $id) {
      id
      status
    }
  }
`);

export const IMPORT = graphql(`
  mutation ImportPeople($input: ImportPeopleInput!) {
    importPeople(input: $input) {
      applied
      dryRun
      created
      updated
      unchanged
      rejected
      rows {
        line
        email
        name
        outcome
        messages
      }
    }
  }
`);

export const CREATE_LEVEL = graphql(`
  mutation CreateLevel($input: CreateLevelInput!) {
    createLevel(input: $input) {
      ...LevelFields
    }
  }
`);

export const UPDATE_LEVEL = graphql(`
  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {
    updateLevel(id: $id, input: $input) {
      id
      key
      name
      rank
    }
  }
`);

export const DELETE_LEVEL = graphql(`
  mutation DeleteLevel($id: ID!) {
    deleteLevel(id: $id) {
      id
      key
    }
  }
`);

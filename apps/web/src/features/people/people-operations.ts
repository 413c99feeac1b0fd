import { graphql } from '../../generated/gql';

/** What a row of the people table shows, and what the edit form starts from. */
export const PersonRowFieldsFragment = graphql(`
  fragment PersonRowFields on Person {
    id
    name
    email
    title
    isAdmin
    status
    level {
      id
      key
      name
    }
    manager {
      id
      name
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {
    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...PersonRowFields
        }
      }
    }
  }
`);

export const InvitationLinkFieldsFragment = graphql(`
  fragment InvitationLinkFields on InvitationLink {
    url
    expiresAt
    emailed
    person {
      ...PersonRowFields
    }
  }
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      ...InvitationLinkFields
    }
  }
`);

export const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($personId: ID!) {
    reissueInvitation(personId: $personId) {
      ...InvitationLinkFields
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonRowFields
    }
  }
`);

export const DeactivatePersonMutation = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivatePerson(id: $id) {
      ...PersonRowFields
    }
  }
`);

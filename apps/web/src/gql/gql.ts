/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n": typeof types.PersonSummaryFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": typeof types.LevelFieldsFragmentDoc,
    "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n": typeof types.LadderDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": typeof types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n": typeof types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteLevelDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": typeof types.ImportPeopleDocument,
    "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": typeof types.LevelOptionsDocument,
    "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n": typeof types.ManagerOptionsDocument,
    "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.PersonRowFieldsFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      ...PersonRowFields\n    }\n  }\n": typeof types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    status\n    directReports {\n      id\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n  }\n": typeof types.OrganizationSettingsFieldsFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n": typeof types.OrganizationSettingsDocument,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n": types.PersonSummaryFieldsFragmentDoc,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n": types.LevelFieldsFragmentDoc,
    "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n": types.LadderDocument,
    "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n": types.CreateLevelDocument,
    "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n": types.UpdateLevelDocument,
    "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n": types.DeleteLevelDocument,
    "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n": types.ImportPeopleDocument,
    "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n": types.LevelOptionsDocument,
    "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n": types.ManagerOptionsDocument,
    "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n": types.PersonRowFieldsFragmentDoc,
    "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      ...PersonRowFields\n    }\n  }\n": types.InvitationLinkFieldsFragmentDoc,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    status\n    directReports {\n      id\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n  }\n": types.OrganizationSettingsFieldsFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n": types.OrganizationSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      name\n      title\n      level {\n        id\n        key\n        name\n        track\n      }\n      manager {\n        ...PersonSummaryFields\n      }\n      directReports {\n        ...PersonSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSummaryFields on Person {\n    id\n    name\n    email\n    title\n    level {\n      id\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      name\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"): (typeof documents)["\n  fragment LevelFields on Level {\n    id\n    key\n    name\n    track\n    rank\n    keywords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  query Ladder {\n    levels {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLevel($input: CreateLevelInput!) {\n    createLevel(input: $input) {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {\n    updateLevel(id: $id, input: $input) {\n      ...LevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLevel($id: ID!) {\n    deleteLevel(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPeople($input: ImportPeopleInput!) {\n    importPeople(input: $input) {\n      applied\n      dryRun\n      created\n      updated\n      unchanged\n      rejected\n      rows {\n        line\n        email\n        name\n        outcome\n        messages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"): (typeof documents)["\n  query LevelOptions {\n    levels {\n      id\n      key\n      name\n      track\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerOptions($search: String) {\n    people(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          email\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRowFields on Person {\n    id\n    name\n    email\n    title\n    isAdmin\n    status\n    level {\n      id\n      key\n      name\n    }\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($first: Int!, $after: String, $search: String, $includeDeactivated: Boolean!) {\n    people(first: $first, after: $after, search: $search, includeDeactivated: $includeDeactivated) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...PersonRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationLinkFields on InvitationLink {\n    url\n    expiresAt\n    person {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($personId: ID!) {\n    reissueInvitation(personId: $personId) {\n      ...InvitationLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      ...PersonRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    status\n    directReports {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Person {\n    id\n    name\n    email\n    isAdmin\n    status\n    directReports {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n  }\n"): (typeof documents)["\n  fragment OrganizationSettingsFields on Organization {\n    id\n    name\n    practiceCadenceMonths\n    anonymityThreshold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
import { graphql } from '../../../generated/gql';

/** A line of a report's history. */
export const DebriefSummaryFields = graphql(`
  fragment DebriefSummaryFields on Debrief {
    id
    heldOn
    createdAt
    outcome
    externalReading
    heldBy {
      id
      name
    }
    role {
      id
      title
      company
    }
  }
`);

/** Everything the debrief page and the edit form show. */
export const DebriefFields = graphql(`
  fragment DebriefFields on Debrief {
    id
    heldOn
    createdAt
    updatedAt
    wentWell
    couldBeBetter
    thirdPartyFeedback
    assessedLevelLabel
    assessedLevel {
      id
      key
      name
    }
    externalReading
    outcome
    stages
    stageCount
    themes
    ratings {
      startedOnTime
      roleClearlyExplained
      interviewersPrepared
      treatedWithRespect
      challenging
    }
    role {
      id
      title
      company
    }
    heldBy {
      id
      name
    }
    report {
      id
      name
      title
      level {
        id
        key
        name
      }
      manager {
        id
      }
    }
    actionItems {
      ...ActionItemFields
    }
  }
`);

export const DebriefQuery = graphql(`
  query Debrief($id: ID!) {
    me {
      id
    }
    debrief(id: $id) {
      ...DebriefFields
    }
  }
`);

export const CreateDebriefMutation = graphql(`
  mutation CreateDebrief($input: CreateDebriefInput!) {
    createDebrief(input: $input) {
      ...DebriefFields
    }
  }
`);

export const UpdateDebriefMutation = graphql(`
  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {
    updateDebrief(id: $id, input: $input) {
      ...DebriefFields
    }
  }
`);

export const DeleteDebriefMutation = graphql(`
  mutation DeleteDebrief($id: ID!) {
    deleteDebrief(id: $id)
  }
`);

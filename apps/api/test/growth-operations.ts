// GraphQL operations on debriefs, conversations, action items and practice cadence.
import { graphql } from './generated';

export const DebriefFields = graphql(`
  fragment DebriefFields on Debrief {
    id
    heldOn
    wentWell
    couldBeBetter
    thirdPartyFeedback
    assessedLevelLabel
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
    assessedLevel {
      key
    }
    externalReading
    report {
      id
      name
      level {
        key
      }
    }
    heldBy {
      name
    }
    role {
      id
      title
    }
    actionItems {
      id
      owner
      text
      dueOn
      done
    }
  }
`);

export const ConversationFields = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    heldOn
    notes
    answers {
      questionKey
      prompt
      answer
    }
    report {
      id
    }
    heldBy {
      name
    }
    role {
      id
      title
    }
    actionItems {
      id
      owner
      text
      done
    }
  }
`);

export const PracticeStatusFields = graphql(`
  fragment PracticeStatusFields on PracticeStatus {
    lastPracticeOn
    dueOn
    covered
    state
  }
`);

export const CREATE_DEBRIEF = graphql(`
  mutation CreateDebrief($input: CreateDebriefInput!) {
    createDebrief(input: $input) {
      ...DebriefFields
    }
  }
`);

export const UPDATE_DEBRIEF = graphql(`
  mutation UpdateDebrief($id: ID!, $input: UpdateDebriefInput!) {
    updateDebrief(id: $id, input: $input) {
      ...DebriefFields
    }
  }
`);

export const DEBRIEFS = graphql(`
  query Debriefs($reportId: ID!) {
    debriefs(reportId: $reportId) {
      ...DebriefFields
    }
  }
`);

export const DEBRIEF = graphql(`
  query Debrief($id: ID!) {
    debrief(id: $id) {
      ...DebriefFields
    }
  }
`);

export const HOLD_CONVERSATION = graphql(`
  mutation HoldConversation($input: HoldConversationInput!) {
    holdConversation(input: $input) {
      ...ConversationFields
    }
  }
`);

export const CONVERSATIONS = graphql(`
  query Conversations($reportId: ID!, $kind: ConversationKind) {
    conversations(reportId: $reportId, kind: $kind) {
      ...ConversationFields
    }
  }
`);

export const CONVERSATION = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const AGENDAS = graphql(`
  query ConversationAgendas {
    conversationAgendas {
      kind
      title
      questions {
        key
        prompt
      }
    }
  }
`);

export const ADD_ACTION_ITEM = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      id
      owner
      text
      dueOn
      done
      report {
        id
      }
    }
  }
`);

export const COMPLETE_ACTION_ITEM = graphql(`
  mutation CompleteActionItem($id: ID!) {
    completeActionItem(id: $id) {
      id
      done
      doneAt
    }
  }
`);

export const REOPEN_ACTION_ITEM = graphql(`
  mutation ReopenActionItem($id: ID!) {
    reopenActionItem(id: $id) {
      id
      done
    }
  }
`);

export const MY_ACTION_ITEMS = graphql(`
  query MyActionItems($status: ActionItemStatus) {
    myActionItems(status: $status) {
      id
      text
      done
      owner
      report {
        id
        name
      }
    }
  }
`);

export const ACTION_ITEMS = graphql(`
  query ActionItems($reportId: ID!, $status: ActionItemStatus) {
    actionItems(reportId: $reportId, status: $status) {
      id
      text
      done
    }
  }
`);

export const PRACTICE_STATUS = graphql(`
  query ReportPracticeStatus($reportId: ID!) {
    practiceStatus(reportId: $reportId) {
      ...PracticeStatusFields
    }
  }
`);

export const PERSON_PRACTICE = graphql(`
  query PersonPracticeStatus($id: ID!) {
    person(id: $id) {
      id
      practiceStatus {
        ...PracticeStatusFields
      }
    }
  }
`);

export const TEAM_PAGE = graphql(`
  query TeamPracticeStatus {
    me {
      id
      directReports {
        id
        name
        title
        level {
          key
        }
        practiceStatus {
          ...PracticeStatusFields
        }
      }
    }
  }
`);

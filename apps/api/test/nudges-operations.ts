// GraphQL operations on the nudge inbox and the sweep.
import { graphql } from './generated';

export const NudgeFields = graphql(`
  fragment NudgeFields on Nudge {
    id
    kind
    status
    reportName
    roleTitle
    dueOn
    raisedAt
    resolvedAt
    snoozedUntil
    report {
      id
    }
    target {
      action
      reportId
      roleId
      conversationKind
    }
  }
`);

export const MY_NUDGES = graphql(`
  query MyNudges($status: NudgeStatus, $first: Int, $after: String) {
    myNudges(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NudgeFields
        }
      }
    }
  }
`);

export const OPEN_NUDGE_COUNT = graphql(`
  query OpenNudgeCount {
    openNudgeCount
  }
`);

export const SNOOZE_NUDGE = graphql(`
  mutation SnoozeNudge($id: ID!, $input: SnoozeNudgeInput!) {
    snoozeNudge(id: $id, input: $input) {
      ...NudgeFields
    }
  }
`);

export const DISMISS_NUDGE = graphql(`
  mutation DismissNudge($id: ID!) {
    dismissNudge(id: $id) {
      ...NudgeFields
    }
  }
`);

export const RUN_NUDGE_SWEEP = graphql(`
  mutation RunNudgeSweep {
    runNudgeSweep {
      raised
      resolved
      readdressed
    }
  }
`);

export const NUDGES_CHANGED = graphql(`
  subscription NudgesChanged {
    nudgesChanged {
      openCount
      noLongerOpenIds
      newlyOpen {
        ...NudgeFields
      }
    }
  }
`);

import { graphql } from '../../../generated/gql';

export const OpenNudgeCountQuery = graphql(`
  query OpenNudgeCount {
    openNudgeCount
  }
`);

export const LiveInboxSubscription = graphql(`
  subscription LiveInbox {
    nudgesChanged {
      openCount
      noLongerOpenIds
      newlyOpen {
        ...NudgeSummaryFields
      }
    }
  }
`);

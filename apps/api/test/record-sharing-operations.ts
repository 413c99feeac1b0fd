// GraphQL operations on sharing a report's earlier records with their current manager.
import { graphql } from './generated';

export const EarlierRecordSharingFields = graphql(`
  fragment EarlierRecordSharingFields on EarlierRecordSharing {
    sharedWithCurrentManager
    earlierRecordCount
    history {
      id
      startedAt
      endedAt
      endedReason
      active
      manager {
        id
        name
      }
    }
  }
`);

export const EARLIER_RECORD_SHARING = graphql(`
  query EarlierRecordSharing {
    earlierRecordSharing {
      ...EarlierRecordSharingFields
    }
  }
`);

export const SHARE_EARLIER_RECORDS = graphql(`
  mutation ShareEarlierRecords {
    shareEarlierRecords {
      ...EarlierRecordSharingFields
    }
  }
`);

export const STOP_SHARING_EARLIER_RECORDS = graphql(`
  mutation StopSharingEarlierRecords {
    stopSharingEarlierRecords {
      ...EarlierRecordSharingFields
    }
  }
`);

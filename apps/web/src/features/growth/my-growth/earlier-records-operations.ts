import { graphql } from '../../../generated/gql';

/** The viewer's manager (who a share would be with) and where their earlier records stand. */
export const EarlierRecordSharingQuery = graphql(`
  query EarlierRecordSharing {
    me {
      id
      manager {
        id
        name
      }
    }
    earlierRecordSharing {
      ...EarlierRecordSharingFields
    }
  }
`);

export const ShareEarlierRecordsMutation = graphql(`
  mutation ShareEarlierRecords {
    shareEarlierRecords {
      ...EarlierRecordSharingFields
    }
  }
`);

export const StopSharingEarlierRecordsMutation = graphql(`
  mutation StopSharingEarlierRecords {
    stopSharingEarlierRecords {
      ...EarlierRecordSharingFields
    }
  }
`);

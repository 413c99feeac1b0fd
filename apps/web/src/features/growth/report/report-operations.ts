import { graphql } from '../../../generated/gql';

/** One report's growth record, as their manager sees it. */
export const ReportGrowthQuery = graphql(`
  query ReportGrowth($reportId: ID!) {
    me {
      id
    }
    person(id: $reportId) {
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
      practiceStatus {
        ...PracticeStatusFields
      }
    }
    debriefs(reportId: $reportId) {
      ...DebriefSummaryFields
    }
    conversations(reportId: $reportId) {
      ...ConversationSummaryFields
    }
    actionItems(reportId: $reportId, status: ALL) {
      ...ActionItemFields
    }
  }
`);

import { graphql } from '../../../generated/gql';
import type { TeamDashboardQuery } from '../../../generated/gql/graphql';

export const TeamCoverageFields = graphql(`
  fragment TeamCoverageFields on TeamCoverage {
    asOf
    team {
      ...PeopleCountFields
    }
    covered {
      ...PeopleCountFields
    }
    share {
      ...PeopleMeasureFields
    }
  }
`);

export const TeamActivityFields = graphql(`
  fragment TeamActivityFields on TeamActivity {
    startsOn
    endsOn
    rolesShared {
      total {
        ...PeopleCountFields
      }
      parts {
        stretch
        count {
          ...PeopleCountFields
        }
      }
    }
    interviews {
      ...PeopleCountFields
    }
    debriefsHeld {
      ...PeopleCountFields
    }
    medianDaysToDebrief {
      ...PeopleMeasureFields
    }
    satisfactionConversations {
      ...PeopleCountFields
    }
  }
`);

export const TeamDashboardDocument = graphql(`
  query TeamDashboard {
    teamDashboard {
      asOf
      coverage {
        ...TeamCoverageFields
      }
      debriefsPending {
        ...PeopleCountFields
      }
      satisfactionTalksSuggested {
        ...PeopleCountFields
      }
      openActionItems {
        ...PeopleCountFields
      }
      overdueActionItems {
        ...PeopleCountFields
      }
      lastTwelveMonths {
        ...TeamActivityFields
      }
      quarters {
        quarter
        current
        coverage {
          ...TeamCoverageFields
        }
        activity {
          ...TeamActivityFields
        }
      }
      reports {
        person {
          id
          name
        }
        practice {
          state
          dueOn
        }
        rolesShared
        debriefsPending
        satisfactionTalksSuggested
        openActionItems
        overdueActionItems
      }
    }
  }
`);

export type TeamDashboardData = TeamDashboardQuery['teamDashboard'];
export type TeamQuarterData = TeamDashboardData['quarters'][number];
export type TeamActivityData = TeamDashboardData['lastTwelveMonths'];
export type TeamReportData = TeamDashboardData['reports'][number];

import { graphql } from '../../../generated/gql';
import type { OrgDashboardQuery } from '../../../generated/gql/graphql';

/** One group's figures (a team, or everyone in view): people counts only, never a person. */
export const OrgFiguresFields = graphql(`
  fragment OrgFiguresFields on OrgFigures {
    people {
      ...PeopleCountFields
    }
    peopleCovered {
      ...PeopleCountFields
    }
    peopleWithDebriefsPending {
      ...PeopleCountFields
    }
    peopleWithSatisfactionTalksSuggested {
      ...PeopleCountFields
    }
    peopleWithOpenActionItems {
      ...PeopleCountFields
    }
    peopleWithOverdueActionItems {
      ...PeopleCountFields
    }
    quarters {
      quarter
      current
      peopleCovered {
        ...PeopleCountFields
      }
      peopleSharingRoles {
        ...PeopleCountFields
      }
      peopleSharingRolesByStretch {
        stepUp {
          ...PeopleCountFields
        }
        sameLevel {
          ...PeopleCountFields
        }
        stepDown {
          ...PeopleCountFields
        }
        unrated {
          ...PeopleCountFields
        }
      }
      peopleInterviewed {
        ...PeopleCountFields
      }
      peopleDebriefed {
        ...PeopleCountFields
      }
      peopleInSatisfactionTalks {
        ...PeopleCountFields
      }
    }
  }
`);

export const OrgDashboardDocument = graphql(`
  query OrgDashboard {
    orgDashboard {
      asOf
      threshold
      teams {
        managerId
        managerName
        parentManagerId
        yours
        figures {
          ...OrgFiguresFields
        }
      }
      total {
        ...OrgFiguresFields
      }
    }
  }
`);

export type OrgDashboardData = OrgDashboardQuery['orgDashboard'];
export type OrgTeamData = OrgDashboardData['teams'][number];
export type OrgFiguresData = OrgDashboardData['total'];
export type OrgQuarterData = OrgFiguresData['quarters'][number];

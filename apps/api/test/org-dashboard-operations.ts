// The org dashboard's operation, as a client would send it.
import { graphql } from './generated';

export const OrgFiguresFields = graphql(`
  fragment OrgFiguresFields on OrgFigures {
    people {
      ...CountFields
    }
    peopleCovered {
      ...CountFields
    }
    peopleWithDebriefsPending {
      ...CountFields
    }
    peopleWithSatisfactionTalksSuggested {
      ...CountFields
    }
    peopleWithOpenActionItems {
      ...CountFields
    }
    peopleWithOverdueActionItems {
      ...CountFields
    }
    quarters {
      quarter
      startsOn
      endsOn
      current
      peopleCovered {
        ...CountFields
      }
      peopleSharingRoles {
        ...CountFields
      }
      peopleSharingRolesByStretch {
        stepUp {
          ...CountFields
        }
        sameLevel {
          ...CountFields
        }
        stepDown {
          ...CountFields
        }
        unrated {
          ...CountFields
        }
      }
      peopleInterviewed {
        ...CountFields
      }
      peopleDebriefed {
        ...CountFields
      }
      peopleInSatisfactionTalks {
        ...CountFields
      }
    }
  }
`);

export const ORG_DASHBOARD = graphql(`
  query OrgDashboard {
    orgDashboard {
      asOf
      timeZone
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

// GraphQL operations of the team dashboard and the outside perspective, as a client would send them.
import { graphql } from './generated';

export const CountFields = graphql(`
  fragment CountFields on PeopleCount {
    ... on ShownCount {
      value
    }
    ... on Suppressed {
      threshold
    }
  }
`);

export const MeasureFields = graphql(`
  fragment MeasureFields on PeopleMeasure {
    ... on ShownMeasure {
      value
    }
    ... on Suppressed {
      threshold
    }
  }
`);

export const StretchFields = graphql(`
  fragment StretchFields on StretchBreakdown {
    total {
      ...CountFields
    }
    parts {
      stretch
      count {
        ...CountFields
      }
    }
  }
`);

export const CoverageFields = graphql(`
  fragment CoverageFields on TeamCoverage {
    asOf
    team {
      ...CountFields
    }
    covered {
      ...CountFields
    }
    share {
      ...MeasureFields
    }
  }
`);

export const ActivityFields = graphql(`
  fragment ActivityFields on TeamActivity {
    startsOn
    endsOn
    rolesShared {
      ...StretchFields
    }
    interviews {
      ...CountFields
    }
    debriefsHeld {
      ...CountFields
    }
    medianDaysToDebrief {
      ...MeasureFields
    }
    satisfactionConversations {
      ...CountFields
    }
  }
`);

export const TEAM_DASHBOARD = graphql(`
  query TeamDashboard {
    teamDashboard {
      asOf
      timeZone
      coverage {
        ...CoverageFields
      }
      debriefsPending {
        ...CountFields
      }
      satisfactionTalksSuggested {
        ...CountFields
      }
      openActionItems {
        ...CountFields
      }
      overdueActionItems {
        ...CountFields
      }
      lastTwelveMonths {
        ...ActivityFields
      }
      quarters {
        quarter
        current
        coverage {
          ...CoverageFields
        }
        activity {
          ...ActivityFields
        }
      }
      reports {
        person {
          id
          name
        }
        practice {
          dueOn
          covered
          state
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

export const OUTSIDE_PERSPECTIVE = graphql(`
  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {
    outsidePerspective(months: $months, scope: $scope) {
      scope
      scopes
      since
      debriefs {
        ...CountFields
      }
      people {
        ...CountFields
      }
      stageKinds {
        kind
        debriefs {
          ...CountFields
        }
      }
      processes {
        stages
        debriefs {
          ...CountFields
        }
      }
      stageCounts {
        stages
        debriefs {
          ...CountFields
        }
      }
      themes {
        theme
        debriefs {
          ...CountFields
        }
      }
      candidateExperience {
        aspect
        average {
          ...MeasureFields
        }
        ratings {
          ...CountFields
        }
      }
      levelReadings {
        ...StretchFields
      }
      companies {
        threshold
        named {
          name
          debriefs {
            ...CountFields
          }
          people {
            ...CountFields
          }
        }
        others {
          debriefs {
            ...CountFields
          }
          people {
            ...CountFields
          }
        }
        unknown {
          ...CountFields
        }
      }
    }
  }
`);

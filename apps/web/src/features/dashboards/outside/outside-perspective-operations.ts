import { graphql } from '../../../generated/gql';
import type { OutsidePerspectiveQuery } from '../../../generated/gql/graphql';

export const OutsidePerspectiveDocument = graphql(`
  query OutsidePerspective($months: Int, $scope: OutsidePerspectiveScope) {
    outsidePerspective(months: $months, scope: $scope) {
      scope
      scopes
      since
      debriefs {
        ...PeopleCountFields
      }
      people {
        ...PeopleCountFields
      }
      stageKinds {
        kind
        debriefs {
          ...PeopleCountFields
        }
      }
      processes {
        stages
        debriefs {
          ...PeopleCountFields
        }
      }
      stageCounts {
        stages
        debriefs {
          ...PeopleCountFields
        }
      }
      themes {
        theme
        debriefs {
          ...PeopleCountFields
        }
      }
      candidateExperience {
        aspect
        average {
          ...PeopleMeasureFields
        }
        ratings {
          ...PeopleCountFields
        }
      }
      levelReadings {
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
      companies {
        threshold
        named {
          name
          debriefs {
            ...PeopleCountFields
          }
          people {
            ...PeopleCountFields
          }
        }
        others {
          debriefs {
            ...PeopleCountFields
          }
          people {
            ...PeopleCountFields
          }
        }
        unknown {
          ...PeopleCountFields
        }
      }
    }
  }
`);

export type OutsidePerspectiveData = OutsidePerspectiveQuery['outsidePerspective'];

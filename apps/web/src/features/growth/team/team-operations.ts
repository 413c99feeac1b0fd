import { graphql } from '../../../generated/gql';
import type { TeamQuery } from '../../../generated/gql/graphql';

export const TeamMemberFields = graphql(`
  fragment TeamMemberFields on Person {
    id
    name
    title
    level {
      id
      key
      name
    }
    practiceStatus {
      ...PracticeStatusFields
    }
  }
`);

export const TeamQueryDocument = graphql(`
  query Team {
    organization {
      id
      practiceCadenceMonths
    }
    me {
      id
      directReports {
        ...TeamMemberFields
      }
    }
  }
`);

export type TeamMember = NonNullable<TeamQuery['me']>['directReports'][number];

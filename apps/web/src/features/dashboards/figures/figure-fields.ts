import { graphql } from '../../../generated/gql';

/*
 * A dashboard figure is a union: shown, or `Suppressed` with the threshold k that hid it. One
 * fragment per union keeps every figure field of a document short (the request limits count
 * tokens); the cache knows the unions' members from `possibleTypes` (app/apollo-client.ts).
 */
export const PeopleCountFields = graphql(`
  fragment PeopleCountFields on PeopleCount {
    ... on ShownCount {
      value
    }
    ... on Suppressed {
      threshold
    }
  }
`);

export const PeopleMeasureFields = graphql(`
  fragment PeopleMeasureFields on PeopleMeasure {
    ... on ShownMeasure {
      value
    }
    ... on Suppressed {
      threshold
    }
  }
`);

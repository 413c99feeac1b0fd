import { graphql } from '../../generated/gql';

export const LevelFieldsFragment = graphql(`
  fragment LevelFields on Level {
    id
    key
    name
    track
    rank
    keywords
  }
`);

export const LadderQuery = graphql(`
  query Ladder {
    levels {
      ...LevelFields
    }
  }
`);

export const CreateLevelMutation = graphql(`
  mutation CreateLevel($input: CreateLevelInput!) {
    createLevel(input: $input) {
      ...LevelFields
    }
  }
`);

export const UpdateLevelMutation = graphql(`
  mutation UpdateLevel($id: ID!, $input: UpdateLevelInput!) {
    updateLevel(id: $id, input: $input) {
      ...LevelFields
    }
  }
`);

export const DeleteLevelMutation = graphql(`
  mutation DeleteLevel($id: ID!) {
    deleteLevel(id: $id) {
      id
    }
  }
`);

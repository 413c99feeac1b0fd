import { graphql } from '../../../generated/gql';

/** A line of a report's history. */
export const ConversationSummaryFields = graphql(`
  fragment ConversationSummaryFields on Conversation {
    id
    kind
    heldOn
    createdAt
    heldBy {
      id
      name
    }
    role {
      id
      title
      company
    }
  }
`);

export const ConversationFields = graphql(`
  fragment ConversationFields on Conversation {
    id
    kind
    heldOn
    createdAt
    notes
    answers {
      questionKey
      prompt
      answer
    }
    role {
      id
      title
      company
    }
    heldBy {
      id
      name
    }
    report {
      id
      name
      manager {
        id
      }
    }
    actionItems {
      ...ActionItemFields
    }
  }
`);

export const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    me {
      id
    }
    conversation(id: $id) {
      ...ConversationFields
    }
  }
`);

export const ConversationAgendasQuery = graphql(`
  query ConversationAgendas {
    conversationAgendas {
      kind
      title
      purpose
      questions {
        key
        prompt
        hint
      }
    }
  }
`);

export const HoldConversationMutation = graphql(`
  mutation HoldConversation($input: HoldConversationInput!) {
    holdConversation(input: $input) {
      ...ConversationFields
    }
  }
`);

export const UpdateConversationMutation = graphql(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {
    updateConversation(id: $id, input: $input) {
      ...ConversationFields
    }
  }
`);

export const DeleteConversationMutation = graphql(`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`);

// GraphQL operations that correct or remove debriefs, conversations and action items.
import { graphql } from './generated';

export const DELETE_DEBRIEF = graphql(`
  mutation DeleteDebrief($id: ID!) {
    deleteDebrief(id: $id)
  }
`);

export const UPDATE_CONVERSATION = graphql(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!) {
    updateConversation(id: $id, input: $input) {
      id
      kind
      heldOn
      notes
      answers {
        questionKey
        answer
      }
      role {
        id
      }
    }
  }
`);

export const DELETE_CONVERSATION = graphql(`
  mutation DeleteConversation($id: ID!) {
    deleteConversation(id: $id)
  }
`);

export const UPDATE_ACTION_ITEM = graphql(`
  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      id
      text
      dueOn
      writtenByYou
    }
  }
`);

export const DELETE_ACTION_ITEM = graphql(`
  mutation DeleteActionItem($id: ID!) {
    deleteActionItem(id: $id)
  }
`);

export const RECORD_ACTION_ITEMS = graphql(`
  query RecordActionItems($id: ID!) {
    debrief(id: $id) {
      id
      actionItems {
        id
        text
        writtenByYou
      }
    }
  }
`);

/** The home page's list of action items, with what decides whether each may be changed. */
export const MY_ACTION_ITEMS_WITH_AUTHOR = graphql(`
  query MyActionItemsWithAuthor {
    myActionItems(status: ALL) {
      id
      text
      writtenByYou
      report {
        id
        name
      }
    }
  }
`);

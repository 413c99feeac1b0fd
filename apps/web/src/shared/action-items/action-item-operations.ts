import { graphql } from '../../generated/gql';

/** What a line of an action-item list shows. */
export const ActionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    text
    owner
    dueOn
    done
    doneAt
    createdAt
    debriefId
    conversationId
    writtenByYou
    report {
      id
      name
    }
  }
`);

export const MyActionItemsQuery = graphql(`
  query MyActionItems($status: ActionItemStatus!) {
    myActionItems(status: $status) {
      ...ActionItemFields
    }
  }
`);

export const ReportActionItemsQuery = graphql(`
  query ReportActionItems($reportId: ID!, $status: ActionItemStatus!) {
    actionItems(reportId: $reportId, status: $status) {
      ...ActionItemFields
    }
  }
`);

export const CompleteActionItemMutation = graphql(`
  mutation CompleteActionItem($id: ID!) {
    completeActionItem(id: $id) {
      ...ActionItemFields
    }
  }
`);

export const ReopenActionItemMutation = graphql(`
  mutation ReopenActionItem($id: ID!) {
    reopenActionItem(id: $id) {
      ...ActionItemFields
    }
  }
`);

export const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const DeleteActionItemMutation = graphql(`
  mutation DeleteActionItem($id: ID!) {
    deleteActionItem(id: $id)
  }
`);

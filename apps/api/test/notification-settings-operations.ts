// GraphQL operations on a person's own mail settings.
import { graphql } from './generated';

export const MY_NOTIFICATION_SETTINGS = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      emailEnabled
      delivery
      kinds {
        kind
        email
      }
    }
  }
`);

export const UPDATE_MY_NOTIFICATION_SETTINGS = graphql(`
  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      emailEnabled
      delivery
      kinds {
        kind
        email
      }
    }
  }
`);

import { graphql } from '../../../generated/gql';

export const NotificationSettingsFields = graphql(`
  fragment NotificationSettingsFields on NotificationSettings {
    emailEnabled
    delivery
    kinds {
      kind
      email
    }
  }
`);

export const MyNotificationSettingsQuery = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      ...NotificationSettingsFields
    }
  }
`);

export const UpdateMyNotificationSettingsMutation = graphql(`
  mutation UpdateMyNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);

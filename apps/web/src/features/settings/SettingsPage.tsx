import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated/gql';
import { describeError } from '../../shared/errors/describe-error';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { OrganizationSettingsForm } from './OrganizationSettingsForm';

const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organization {
      ...OrganizationSettingsFields
    }
  }
`);

/** Admins: the organization's name and the settings that shape nudges and dashboards. */
export function SettingsPage() {
  const { data, loading, error, refetch } = useQuery(OrganizationSettingsQuery);
  return (
    <>
      <PageHeader title="Settings" description="Your organization’s name, how often interview practice is due, how dashboards protect anonymity, and its time zone." />
      {loading && !data ? (
        <PageLoader label="Loading settings" />
      ) : data ? (
        <OrganizationSettingsForm key={data.organization.id} organization={data.organization} />
      ) : (
        <ErrorNotice title="Settings could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />
      )}
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { SAVED_FORM } from '../../../shared/forms/useUnsavedChangesGuard';
import { todayIso } from '../../../shared/format/format-day';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { forgetGrowthRecords } from '../growth-cache';
import { firstName, GrowthReportContextQuery, rolesSharedBy } from '../report/report-context';
import { createDebriefInput, DEBRIEF_FIELDS, emptyDebriefForm, type DebriefFormState } from './debrief-form';
import { CreateDebriefMutation } from './debrief-operations';
import { DebriefForm } from './DebriefForm';
import { LoadError } from '../ui/LoadError';

/** The manager writes up a debrief with a report, optionally about one of the roles they share. */
export function NewDebriefPage() {
  const { reportId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const context = useQuery(GrowthReportContextQuery, { variables: { reportId }, fetchPolicy: 'cache-and-network' });
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [create, { loading: saving }] = useMutation(CreateDebriefMutation, {
    update(cache) {
      forgetGrowthRecords(cache, reportId);
    },
  });

  if (context.loading && !context.data) return <PageLoader label="Loading the debrief form" />;
  const report = context.data?.person;
  if (!report) {
    return <LoadError title="This report could not be loaded" error={context.error} onRetry={() => void context.refetch()} />;
  }
  if (report.manager?.id !== context.data?.me?.id) {
    return <ErrorNotice title="Only their manager can write a debrief" message={report.id === context.data?.me?.id ? 'Debriefs with you are written by your manager; you find them on My growth.' : `Debriefs with ${report.name} are written by their current manager.`} />;
  }

  const roles = rolesSharedBy(context.data, reportId);
  const wanted = params.get('roleId');
  const initial = emptyDebriefForm(todayIso(), roles.some((role) => role.id === wanted) ? wanted : null);
  const backTo = `/team/${reportId}`;

  const save = async (state: DebriefFormState) => {
    setProblem(null);
    try {
      const { data } = await create({ variables: { input: createDebriefInput(reportId, state) } });
      if (!data) return;
      notifications.show({ color: 'green', message: `Saved the debrief with ${report.name}.` });
      navigate(`/debriefs/${data.createDebrief.id}`, { state: SAVED_FORM });
    } catch (error) {
      setProblem(describeError(error, DEBRIEF_FIELDS));
    }
  };

  return (
    <>
      <PageHeader
        title={`Debrief with ${report.name}`}
        description={
          <>
            What went well, what could have gone better, and what the other company said.{' '}
            <Anchor component={Link} to={backTo} size="sm">
              Back to {firstName(report.name)}
            </Anchor>
          </>
        }
      />
      <DebriefForm
        initial={initial}
        reportFirstName={firstName(report.name)}
        roles={roles}
        withActionItems
        submitLabel="Save debrief"
        saving={saving}
        problem={problem}
        onSubmit={(state) => void save(state)}
        onCancel={() => navigate(backTo)}
      />
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { describeError, type DescribedError } from '../../../shared/errors/describe-error';
import { SAVED_FORM } from '../../../shared/forms/useUnsavedChangesGuard';
import { formatDay } from '../../../shared/format/format-day';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { forgetGrowthRecords } from '../growth-cache';
import { firstName, GrowthReportContextQuery, rolesSharedBy } from '../report/report-context';
import { DEBRIEF_FIELDS, debriefFormFrom, updateDebriefInput, type DebriefFormState } from './debrief-form';
import { DebriefQuery, UpdateDebriefMutation } from './debrief-operations';
import { DebriefForm } from './DebriefForm';
import { LoadError } from '../ui/LoadError';

/** The current manager corrects or completes a debrief. */
export function EditDebriefPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(DebriefQuery, { variables: { id } });
  const reportId = query.data?.debrief.report?.id ?? '';
  const context = useQuery(GrowthReportContextQuery, { variables: { reportId }, skip: !reportId });
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [update, { loading: saving }] = useMutation(UpdateDebriefMutation, {
    update(cache) {
      forgetGrowthRecords(cache, reportId);
    },
  });
  const debrief = query.data?.debrief;
  // Taken once: later refetches of the debrief must not reset what is being typed.
  const [initial, setInitial] = useState<DebriefFormState | null>(null);
  if (debrief && !initial) setInitial(debriefFormFrom(debrief));

  if ((query.loading && !query.data) || (context.loading && !context.data)) return <PageLoader label="Loading the debrief" />;
  if (!debrief || !initial) return <LoadError title="This debrief could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  const report = debrief.report;
  if (!report || report.manager?.id !== query.data?.me?.id || debrief.heldBy?.id !== query.data?.me?.id) {
    return <ErrorNotice title="Only the manager who held it can edit a debrief" message="A debrief is edited by the manager who held it, while they manage the report." />;
  }
  const backTo = `/debriefs/${debrief.id}`;

  const save = async (state: DebriefFormState) => {
    setProblem(null);
    try {
      await update({ variables: { id: debrief.id, input: updateDebriefInput(state, initial) } });
      notifications.show({ color: 'green', message: 'Saved the changes to the debrief.' });
      navigate(backTo, { state: SAVED_FORM });
    } catch (error) {
      setProblem(describeError(error, DEBRIEF_FIELDS));
    }
  };

  return (
    <>
      <PageHeader title={`Edit the debrief with ${report.name}`} description={`Held on ${formatDay(debrief.heldOn)}.`} />
      <DebriefForm
        initial={initial}
        reportFirstName={firstName(report.name)}
        roles={rolesSharedBy(context.data, report.id)}
        withActionItems={false}
        submitLabel="Save changes"
        saving={saving}
        problem={problem}
        onSubmit={(state) => void save(state)}
        onCancel={() => navigate(backTo)}
      />
    </>
  );
}

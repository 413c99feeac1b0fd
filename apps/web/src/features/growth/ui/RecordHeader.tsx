import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../../shared/format/format-day';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { firstName, roleOptionLabel } from '../report/report-context';

interface RecordPerson {
  id: string;
  name: string;
  manager?: { id: string } | null;
}

interface GrowthRecord {
  heldOn: string;
  heldBy?: { id: string; name: string } | null;
  report?: RecordPerson | null;
  role?: { id: string; title: string; company?: string | null } | null;
}

/**
 * How the viewer stands to a debrief or conversation: the report it is about, or their current
 * manager, who edits and deletes it if they held it (an earlier manager's, shared, stays as written).
 */
export function recordViewer(record: GrowthRecord, viewerId: string | undefined) {
  const viewerIsReport = !!record.report && record.report.id === viewerId;
  const viewerIsManager = !!record.report && record.report.manager?.id === viewerId;
  const viewerHeldIt = viewerIsManager && !!viewerId && record.heldBy?.id === viewerId;
  return { viewerIsReport, viewerIsManager, viewerHeldIt };
}

/**
 * The header of a debrief or conversation page: when and by whom it was held, the role it is about,
 * and the way back (to My growth for the report, to the report's page for the manager).
 */
export function RecordHeader({
  record,
  viewerId,
  title,
  rolePrefix,
  actions,
}: {
  record: GrowthRecord;
  viewerId: string | undefined;
  title: string;
  /** " · about " or " · started from ". */
  rolePrefix: string;
  actions?: ReactNode;
}) {
  const { viewerIsReport } = recordViewer(record, viewerId);
  const { report, role, heldBy } = record;
  const back = viewerIsReport ? { to: '/growth', label: 'Back to My growth' } : report ? { to: `/team/${report.id}`, label: `Back to ${firstName(report.name)}` } : null;
  return (
    <PageHeader
      title={title}
      description={
        <>
          Held on {formatDay(record.heldOn)}
          {heldBy && ` by ${heldBy.id === viewerId ? 'you' : heldBy.name}`}
          {role && (
            <>
              {rolePrefix}
              <Anchor component={Link} to={`/roles/${role.id}`} size="sm">
                {roleOptionLabel(role)}
              </Anchor>
            </>
          )}
          .
          {back && (
            <Anchor component={Link} to={back.to} size="sm" display="block" mt={4}>
              <span aria-hidden>← </span>
              {back.label}
            </Anchor>
          )}
        </>
      }
      actions={actions}
    />
  );
}

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { describeError } from '../../../shared/errors/describe-error';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { markSharedRoleRead } from '../api/role-cache';
import { RolePageQuery } from '../api/role-operations';
import { ManagerRoleView } from './ManagerRoleView';
import { OwnerRoleView } from './OwnerRoleView';
import { RoleNotFound } from './RoleNotFound';

/** One role: its owner's full page, their manager's read-only page, or "not found" for anyone else. */
export function RolePage() {
  const { roleId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RolePageQuery, { variables: { id: roleId }, fetchPolicy: 'cache-and-network' });
  const { cache } = useApolloClient();
  const openedAsManager = !loading && !error && data?.interestingRole.viewerRelation === 'MANAGER' ? data.interestingRole.id : null;

  // Once the server has answered (and logged the read), the inbox entry is no longer new.
  useEffect(() => {
    if (openedAsManager) markSharedRoleRead(cache, openedAsManager);
  }, [cache, openedAsManager]);

  // A revoked share or a deleted role answers NOT_FOUND even when an older copy is still cached.
  if (error && describeError(error).code === 'NOT_FOUND') return <RoleNotFound />;
  if (loading && !data) return <PageLoader label="Loading the role" />;
  if (!data) return <ErrorNotice title="The role could not be loaded" message={describeError(error).message} onRetry={() => void refetch()} />;

  const role = data.interestingRole;
  if (role.viewerRelation === 'OWNER') return <OwnerRoleView role={role} viewer={data.me} ladder={data.levels} />;
  return <ManagerRoleView role={role} ladder={data.levels} viewerId={data.me?.id ?? null} />;
}

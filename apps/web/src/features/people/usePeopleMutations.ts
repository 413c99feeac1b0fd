import { useMutation } from '@apollo/client/react';
import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { forgetDirectReports, forgetPeopleLists } from '../../shared/cache/people-cache';
import { DeactivatePersonMutation, InvitePersonMutation, ReissueInvitationMutation, UpdatePersonMutation } from './people-operations';

/** Invites someone: the new person joins the lists, and their manager's reports. */
export function useInvitePerson() {
  return useMutation(InvitePersonMutation, {
    update(cache, { data }) {
      if (!data) return;
      forgetDirectReports(cache, [data.invitePerson.person.manager?.id]);
      forgetPeopleLists(cache);
    },
  });
}

/** Changes a person; the row updates in place, and both old and new managers' reports are refreshed. */
export function useUpdatePerson(before: PersonRowFieldsFragment | null) {
  return useMutation(UpdatePersonMutation, {
    update(cache, { data }) {
      if (!data) return;
      const after = data.updatePerson;
      if (before?.manager?.id !== after.manager?.id) forgetDirectReports(cache, [before?.manager?.id, after.manager?.id]);
      // A new name can change the alphabetical order of the pages.
      if (before?.name !== after.name) forgetPeopleLists(cache);
    },
  });
}

/** Deactivates someone: their row shows the new status; they leave their manager's reports. */
export function useDeactivatePerson() {
  return useMutation(DeactivatePersonMutation, {
    update(cache, { data }) {
      if (data) forgetDirectReports(cache, [data.deactivatePerson.manager?.id]);
    },
  });
}

/** A new invitation link; older links stop working. */
export function useReissueInvitation() {
  return useMutation(ReissueInvitationMutation);
}

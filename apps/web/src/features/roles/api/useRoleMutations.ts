import { useMutation } from '@apollo/client/react';
import {
  AddInterviewMutation,
  CommentOnInterestingRoleMutation,
  CreateInterestingRoleMutation,
  DeleteInterestingRoleMutation,
  DeleteRoleCommentMutation,
  EditRoleCommentMutation,
  ImportJobPostingMutation,
  ImportPostingFromUrlMutation,
  RemoveInterviewMutation,
  RevokeInterestingRoleShareMutation,
  SetInterestingRoleLevelMutation,
  ShareInterestingRoleMutation,
  UpdateInterestingRoleMutation,
} from './role-mutations';
import { RoleCommentFieldsFragment, RoleInterviewFieldsFragment } from './role-operations';
import { appendToRole, forgetMyRoleLists, forgetRole, removeCommentFromCache, removeInterviewFromCache } from './role-cache';

/** Keeps a new role; "My roles" is fetched again the next time it shows. */
export function useCreateRole() {
  return useMutation(CreateInterestingRoleMutation, { update: (cache) => forgetMyRoleLists(cache) });
}

/** Edits, level overrides, sharing and revoking return the whole role: the cache updates it in place, lists included. */
export function useUpdateRole() {
  return useMutation(UpdateInterestingRoleMutation);
}
export function useSetRoleLevel() {
  return useMutation(SetInterestingRoleLevelMutation);
}
export function useShareRole() {
  return useMutation(ShareInterestingRoleMutation);
}
export function useRevokeRoleShare() {
  return useMutation(RevokeInterestingRoleShareMutation);
}

/** Reads a pasted posting; saves nothing. */
export function useImportPosting() {
  return useMutation(ImportJobPostingMutation);
}

/** Has the server read the page a link leads to; saves nothing. */
export function useImportPostingFromUrl() {
  return useMutation(ImportPostingFromUrlMutation);
}

/** Deletes a role for good and drops it from the lists and the cache. */
export function useDeleteRole() {
  return useMutation(DeleteInterestingRoleMutation, {
    update(cache, { data }) {
      if (data) forgetRole(cache, data.deleteInterestingRole);
    },
  });
}

export function useAddInterview(roleId: string) {
  return useMutation(AddInterviewMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({ fragment: RoleInterviewFieldsFragment, data: data.addInterview });
      appendToRole(cache, roleId, 'interviews', ref, 'heldOn');
    },
  });
}

export function useRemoveInterview(roleId: string) {
  return useMutation(RemoveInterviewMutation, {
    update(cache, { data }) {
      if (data) removeInterviewFromCache(cache, roleId, data.removeInterview);
    },
  });
}

export function useCommentOnRole(roleId: string) {
  return useMutation(CommentOnInterestingRoleMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({ fragment: RoleCommentFieldsFragment, fragmentName: 'RoleCommentFields', data: data.commentOnInterestingRole });
      appendToRole(cache, roleId, 'comments', ref);
    },
  });
}

/** The edited comment comes back with its id, so the cache updates it where it is. */
export function useEditRoleComment() {
  return useMutation(EditRoleCommentMutation);
}

export function useDeleteRoleComment(roleId: string) {
  return useMutation(DeleteRoleCommentMutation, {
    update(cache, { data }) {
      if (data) removeCommentFromCache(cache, roleId, data.deleteRoleComment);
    },
  });
}

import { useMutation } from '@apollo/client/react';
import { CreateLevelMutation, DeleteLevelMutation, LadderQuery, UpdateLevelMutation } from './ladder-operations';

/** Adds the new level to the cached ladder (every list of levels shares it). */
export function useCreateLevel() {
  return useMutation(CreateLevelMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: LadderQuery }, (current) => (current ? { levels: [...current.levels, data.createLevel] } : current));
    },
  });
}

/** The changed level updates in place, by id. */
export function useUpdateLevel() {
  return useMutation(UpdateLevelMutation);
}

/** Removes the level from the cache; lists holding it drop it. */
export function useDeleteLevel() {
  return useMutation(DeleteLevelMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Level', id: data.deleteLevel.id }) });
      cache.gc();
    },
  });
}

import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated/gql';
import { forgetPeopleLists } from '../../shared/cache/people-cache';

const ImportPeopleMutation = graphql(`
  mutation ImportPeople($input: ImportPeopleInput!) {
    importPeople(input: $input) {
      applied
      dryRun
      created
      updated
      unchanged
      rejected
      rows {
        line
        email
        name
        outcome
        messages
      }
    }
  }
`);

/**
 * Checks or applies an org-chart CSV. An applied import can change anyone's manager, so every
 * cached list of people and of direct reports is dropped and fetched again when next shown.
 */
export function useImportPeople() {
  return useMutation(ImportPeopleMutation, {
    update(cache, { data }) {
      if (!data?.importPeople.applied) return;
      for (const id of Object.keys(cache.extract() as Record<string, unknown>)) {
        if (id.startsWith('Person:')) cache.evict({ id, fieldName: 'directReports' });
      }
      forgetPeopleLists(cache);
    },
  });
}

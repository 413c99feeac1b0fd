import type { PersonRowFieldsFragment, UpdatePersonInput } from '../../generated/gql/graphql';

/** The edit form's values. */
export interface PersonDraft {
  name: string;
  title: string;
  levelId: string | null;
  managerId: string | null;
  isAdmin: boolean;
}

export function draftFromPerson(person: PersonRowFieldsFragment): PersonDraft {
  return {
    name: person.name,
    title: person.title ?? '',
    levelId: person.level?.id ?? null,
    managerId: person.manager?.id ?? null,
    isAdmin: person.isAdmin,
  };
}

/**
 * Only what changed, so an unchanged manager is not re-dated in the reporting-line history.
 * `null` is sent on purpose to clear a level or a manager; an empty title clears the title.
 */
export function personChanges(person: PersonRowFieldsFragment, draft: PersonDraft): UpdatePersonInput {
  const before = draftFromPerson(person);
  const changes: UpdatePersonInput = {};
  const name = draft.name.trim();
  const title = draft.title.trim();
  if (name !== before.name) changes.name = name;
  if (title !== before.title.trim()) changes.title = title;
  if (draft.levelId !== before.levelId) changes.levelId = draft.levelId;
  if (draft.managerId !== before.managerId) changes.managerId = draft.managerId;
  if (draft.isAdmin !== before.isAdmin) changes.isAdmin = draft.isAdmin;
  return changes;
}

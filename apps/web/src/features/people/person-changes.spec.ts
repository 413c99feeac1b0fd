import type { PersonRowFieldsFragment } from '../../generated/gql/graphql';
import { draftFromPerson, personChanges } from './person-changes';

const priya: PersonRowFieldsFragment = {
  id: 'p1',
  name: 'Priya Raman',
  email: 'priya@example.com',
  title: 'Senior Software Engineer',
  isAdmin: false,
  status: 'ACTIVE',
  level: { id: 'l3', key: 'IC3', name: 'Senior' },
  manager: { id: 'm1', name: 'Maya Okafor' },
};

describe('personChanges', () => {
  it('sends nothing when nothing changed (so the reporting line is not re-dated)', () => {
    expect(personChanges(priya, draftFromPerson(priya))).toEqual({});
    expect(personChanges(priya, { ...draftFromPerson(priya), name: '  Priya Raman ' })).toEqual({});
  });

  it('sends only what changed', () => {
    expect(personChanges(priya, { ...draftFromPerson(priya), managerId: 'm2', isAdmin: true })).toEqual({ managerId: 'm2', isAdmin: true });
  });

  it('sends null to remove the manager or the level, and an empty title to clear it', () => {
    expect(personChanges(priya, { ...draftFromPerson(priya), managerId: null, levelId: null, title: ' ' })).toEqual({ managerId: null, levelId: null, title: '' });
  });

  it('treats a missing title and an empty one as the same', () => {
    const untitled = { ...priya, title: null };
    expect(personChanges(untitled, draftFromPerson(untitled))).toEqual({});
  });
});

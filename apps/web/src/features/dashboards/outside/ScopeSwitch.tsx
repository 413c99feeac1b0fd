import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { OutsidePerspectiveScope } from '../../../generated/gql/graphql';

/** The scope in the address: `?scope=subtree` for everyone under the viewer, anything else their team. */
export function parseScope(raw: string | null): OutsidePerspectiveScope | null {
  if (raw === 'subtree') return 'SUBTREE';
  if (raw === 'team') return 'TEAM';
  return null;
}

/** What the page asks for: the address's scope, else the team when the viewer has one, else (an admin) the organization. */
export function chosenScope(fromAddress: OutsidePerspectiveScope | null, isManager: boolean): OutsidePerspectiveScope {
  return fromAddress ?? (isManager ? 'TEAM' : 'SUBTREE');
}

/** "Everyone under me" for a leader; an admin's subtree is the whole organization. */
export function scopeLabel(scope: OutsidePerspectiveScope, isAdmin: boolean): string {
  if (scope === 'TEAM') return 'My team';
  return isAdmin ? 'Whole organization' : 'Everyone under me';
}

/**
 * Team or subtree, among the scopes the API says the viewer may ask for; nothing to choose with one.
 * A radio group underneath (arrow keys move between the options), labelled for a screen reader.
 */
export function ScopeSwitch({
  scope,
  scopes,
  isAdmin,
  onChange,
}: {
  scope: OutsidePerspectiveScope;
  scopes: readonly OutsidePerspectiveScope[];
  isAdmin: boolean;
  onChange: (scope: OutsidePerspectiveScope) => void;
}) {
  if (scopes.length < 2) return null;
  return (
    <Stack gap={4}>
      <Text component="span" id="outside-scope-label" size="sm" fw={500}>
        Whose debriefs
      </Text>
      <SegmentedControl
        aria-labelledby="outside-scope-label"
        value={scope}
        onChange={(value) => onChange(value as OutsidePerspectiveScope)}
        data={scopes.map((each) => ({ value: each, label: scopeLabel(each, isAdmin) }))}
      />
    </Stack>
  );
}

import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** Says which keywords sit on more than one level, and why that matters. */
export function SharedKeywordsAlert({ shared }: { shared: Map<string, string[]> }) {
  if (shared.size === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={shared.size === 1 ? 'A keyword is on more than one level' : 'Some keywords are on more than one level'} mb="md">
      <Text size="sm" mb={6}>
        A role whose title contains one of these gets whichever of its levels matches longest, which may not be the one you mean. Keep each keyword on one level.
      </Text>
      <List size="sm">
        {[...shared].map(([keyword, keys]) => (
          <List.Item key={keyword}>
            “{keyword}”: {keys.join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

import { Badge, Group, Text } from '@mantine/core';

/** A level's title keywords as small tags, or a note that it has none. */
export function LevelKeywords({ keywords }: { keywords: string[] }) {
  if (keywords.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        No keywords
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {keywords.map((keyword) => (
        <Badge key={keyword} variant="outline" color="gray" radius="sm" tt="none" fw={500} style={{ minWidth: 'max-content' }}>
          {keyword}
        </Badge>
      ))}
    </Group>
  );
}

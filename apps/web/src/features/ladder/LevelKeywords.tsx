import { Badge, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';

interface LevelKeywordsProps {
  keywords: string[];
  /** For a keyword other levels use too, their keys (see keywordsOnSeveralLevels). */
  alsoOn?: (keyword: string) => string[];
}

/** A level's title keywords as small tags, or a note that it has none; a keyword shared with other levels stands out. */
export function LevelKeywords({ keywords, alsoOn }: LevelKeywordsProps) {
  if (keywords.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        No keywords
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {keywords.map((keyword) => {
        const others = alsoOn?.(keyword) ?? [];
        const badge = (
          <Badge
            key={keyword}
            variant={others.length > 0 ? 'light' : 'outline'}
            color={others.length > 0 ? 'orange' : 'gray'}
            radius="sm"
            tt="none"
            fw={500}
            style={{ minWidth: 'max-content' }}
          >
            {keyword}
            {others.length > 0 && <VisuallyHidden>{` (also on ${others.join(', ')})`}</VisuallyHidden>}
          </Badge>
        );
        return others.length > 0 ? (
          <Tooltip key={keyword} label={`Also on ${others.join(', ')}`} withArrow>
            {badge}
          </Tooltip>
        ) : (
          badge
        );
      })}
    </Group>
  );
}

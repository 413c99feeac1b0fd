interface KeywordedLevel {
  key: string;
  keywords: readonly string[];
}

/**
 * Keywords on more than one level, each with the keys of the levels that use it (in ladder order).
 * A title containing such a keyword gets one of those levels by the longest match, which may not
 * be the one the admin meant, so the ladder points them out.
 */
export function keywordsOnSeveralLevels(levels: readonly KeywordedLevel[]): Map<string, string[]> {
  const byKeyword = new Map<string, string[]>();
  for (const level of levels) {
    for (const keyword of new Set(level.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))) {
      byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), level.key]);
    }
  }
  return new Map([...byKeyword].filter(([, keys]) => keys.length > 1));
}

interface LevelLike {
  key: string;
  name: string;
}

/**
 * "Read externally as Senior; here Mid-level (IC2)": the other company's reading beside the
 * report's current level, for level-setting. Their own word comes first, then our ladder's name.
 */
export function levelSettingLine(debrief: { assessedLevelLabel?: string | null; assessedLevel?: LevelLike | null }, currentLevel: LevelLike | null | undefined): string | null {
  const external = debrief.assessedLevelLabel?.trim() || debrief.assessedLevel?.name;
  if (!external) return null;
  const onOurLadder = debrief.assessedLevel && debrief.assessedLevelLabel?.trim() && debrief.assessedLevelLabel.trim() !== debrief.assessedLevel.name ? ` (${debrief.assessedLevel.key} on our ladder)` : '';
  const here = currentLevel ? `${currentLevel.name} (${currentLevel.key})` : 'no level set yet';
  return `Read externally as ${external}${onOurLadder}; here ${here}`;
}

export { DEFAULT_LADDER, FALLBACK_LEVEL_KEY, type LadderLevel, type Track } from './ladder';
export { inferLevelFromTitle, type InferenceConfidence, type InferredLevel } from './infer-level';
export { isTrackChange, stretchTag, type StretchTag } from './stretch';

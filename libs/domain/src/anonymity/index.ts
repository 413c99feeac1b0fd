export {
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  anonymityThreshold,
  suppress,
  suppressSet,
  type SuppressedCount,
  type SuppressedSet,
} from './suppress';

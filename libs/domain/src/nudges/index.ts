export * from './nudge-kind';

export * from './nudge-kind';
export * from './mail-preferences';

export * from './prep-checklist';

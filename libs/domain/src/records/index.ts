export * from './record-content';

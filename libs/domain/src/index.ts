export * from './levels/ladder';
export * from './people';

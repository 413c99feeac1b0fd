export * from './people-table';
export * from './reporting-graph';

export * from './levels';
export * from './people';
export * from './roles';
export * from './job-posting';
export * from './cadence';
export * from './anonymity';
export * from './conversations';
export * from './nudges';

export * from './org';
export * from './people';
export * from './platform';

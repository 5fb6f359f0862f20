export * from './org';
export * from './people';
export * from './platform';
export * from './worklog';
export * from './contact';
export * from './dispatch';

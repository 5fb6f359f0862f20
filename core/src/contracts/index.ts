export * from './common';
export * from './auth';
export * from './org';
export * from './people';
export * from './imports';
export * from './audit';
export * from './worklog';
export * from './youth';

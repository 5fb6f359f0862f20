export * from './dates';
export * from './worklog';
export * from './counts';
export * from './counter-state';
export * from './quotas';
export * from './ratings';
export * from './youth';
export * from './contact-points';

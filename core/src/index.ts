export * from './glossary';
export * from './contracts';
export * from './rules';

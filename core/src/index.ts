export * from './glossary';
export * from './contracts';
export * from './rules';
export * as dispatch from './dispatch';

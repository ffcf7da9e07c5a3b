/** The progress domain's public edge: the saved shape, its reducer, validation and migration. */
export { migrateProgress } from './migrate';
export { reduceProgress } from './reducer';
export * from './types';
export { parseProgress, type ParsedProgress } from './validate';

/** The progress domain's public edge: the saved shape, its reducer, validation and migration. */
export { migrateProgress } from './migrate.ts';
export { reduceProgress } from './reducer.ts';
export * from './types.ts';
export { parseProgress, type ParsedProgress } from './validate.ts';

/**
 * The composition both apps use: which projections run, with which tables, entities and migrations
 * (registry.ts), and every area's personal-data rules (personal-data-rules.ts). It imports the
 * business areas, so the projection framework (libs/projections) needs to import none of them.
 */
export * from './registry.js';
export * from './personal-data-rules.js';

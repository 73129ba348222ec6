export * from './embedded.js';
export * from './pool.js';
export * from './database.js';
export * from './embedded-server.js';

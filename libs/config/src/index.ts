export * from './config.js';
export * from './tokens.js';

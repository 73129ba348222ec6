export * from './read-side.module.js';
export * from './common/paging.js';
export * from './common/read-route-indexes.migration.js';
export * from './customers/fold.js';
export * from './customers/customer-directory.migration.js';
export * from './customers/customer-directory.projection.js';
export * from './loans/loan-book.migration.js';
export * from './loans/loan-book.projection.js';

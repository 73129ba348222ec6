/**
 * Mutation testing of the projections (npm run test:mutation:projections): their integration tests
 * against a real PostgreSQL. Give it a server with DATABASE_URL (each test file makes its own
 * database on it); without one every mutant run starts an embedded server, which is very slow.
 */
import base from './stryker.config.mjs';

export default {
  ...base,
  jest: { projectType: 'custom', configFile: 'jest.mutation.projections.config.js', enableFindRelatedTests: false },
  mutate: ['libs/*/src/read-models/*.projection.ts'],
  coverageAnalysis: 'off',
  concurrency: 1,
  timeoutMS: 60000,
  htmlReporter: { fileName: 'reports/mutation-projections/index.html' },
  jsonReporter: { fileName: 'reports/mutation-projections/mutation.json' },
};

/** Jest for mutation testing of the projections: their integration tests only (see stryker.projections.config.mjs). */
import config from './jest.config.js';

const int = config.projects.find((project) => project.displayName === 'int');
export default { ...int, rootDir: '.', testMatch: ['<rootDir>/libs/*/src/read-models/*.projection.int.spec.ts', '<rootDir>/tests/e2e/projections-replay.e2e.spec.ts'] };

/** Tests are ESM (NestJS 12 is ESM-only), so jest runs with --experimental-vm-modules. */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^#libs/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};
export default {
  rootDir: '.',
  // Jest reads testTimeout from the top-level config only (a project's own is ignored). Through
  // HTTP, projections and a real database, on a 2-core machine that may be busy, with several
  // workers sharing one PostgreSQL server: 30 s. Unit tests finish far below it.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tests}/**/*.unit.spec.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,tests}/**/*.{int,e2e}.spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};

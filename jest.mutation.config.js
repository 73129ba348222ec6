/**
 * Jest for mutation testing (npm run test:mutation): only the unit tests of the domain and of the
 * pure helpers it uses, so that Stryker runs each mutant against fast, database-free tests.
 * `#libs/<area>` resolves to a shim that re-exports the area's domain only (tests/mutation/shims),
 * so a decider test never loads NestJS, TypeORM or pg.
 */
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false, isolatedModules: true }];
export default {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^#libs/decider$': '<rootDir>/libs/decider/src/index.ts',
    '^#libs/(.*)$': '<rootDir>/tests/mutation/shims/$1.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/libs/*/src/domain/**/*.unit.spec.ts', '<rootDir>/libs/decider/src/*.unit.spec.ts'],
};

/**
 * Mutation testing of the domain (npm run test:mutation): every rule a decider enforces should be
 * pinned by a test, so that a change to the rule fails one. Runs the database-free domain tests
 * (jest.mutation.config.js) against each mutant. Too slow for every CI run: run it on demand.
 * Error messages' wording is not a rule: string literals are not mutated.
 * Survivors judged equivalent are listed, with the reason, in tests/mutation/equivalent-mutants.md.
 */
export default {
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  mutate: ['libs/*/src/domain/**/*.ts', '!libs/*/src/domain/**/*.spec.ts'],
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  // Jest in ESM mode keeps every mutant's modules alive (a worker grew past 3 GB and slowed to a crawl): restart each worker now and then.
  maxTestRunnerReuse: 40,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

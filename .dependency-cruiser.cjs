/**
 * Layer rules (dependency-cruiser), run by `npm run lint` (`npm run lint:layers` alone).
 * A violation fails with the rule's name and the offending edge, e.g.
 *   error domain-is-pure: libs/loans/src/domain/x.ts → node_modules/typeorm/index.js
 * tests/layers/layer-rules.unit.spec.ts shows each rule failing on a deliberate violation.
 *
 * Exemptions: spec files (*.spec.ts), testing helpers (libs/<area>/src/testing/**, libs/<area>/src/testing.ts)
 * and tests/** may reach into internals (fixtures, the store contract, the decider's given/when/then),
 * because a test has to set up what production code reaches only through an index.
 */
const AREAS = '(advisory|customer-time|customers|funding|loans|scorecard|scorecard-inputs|staff|surveys|targets|reports|read-side|demo-data|composition)';
const TEST_CODE = ['\\.spec\\.ts$', '^libs/[^/]+/src/testing(/|\\.ts$)', '^tests/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/*/src/domain holds deciders and rules: no framework (@nestjs/*), no database (typeorm, pg), no node:crypto.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: TEST_CODE },
      // Resolved (node_modules/…) or, where a package is not installed, by its bare name.
      to: { path: ['(^|/)node_modules/(@nestjs/|typeorm/|pg/|@types/pg/)', '^(@nestjs/|typeorm$|typeorm/|pg$|pg/)', '^(node:)?crypto$'] },
    },
    {
      name: 'domain-reaches-no-other-area-internals',
      comment: "A domain folder imports another area only through that area's index.ts (#libs/<area>).",
      severity: 'error',
      from: { path: '^libs/([^/]+)/src/domain/', pathNot: TEST_CODE },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'areas-meet-through-index',
      comment: 'Code in one lib reaches another lib only through its index.ts (#libs/<area> or libs/<area>/src/index.ts), never its internals.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-use-lib-index',
      comment: 'The apps (composition roots) use libs only through their index.ts, never their internals.',
      severity: 'error',
      from: { path: '^apps/', pathNot: TEST_CODE },
      to: { path: '^libs/[^/]+/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'infrastructure-knows-no-business-area',
      comment: 'The event store and the decider kit are below every business area and import none.',
      severity: 'error',
      from: { path: '^libs/(event-store|decider)/' },
      to: { path: `^libs/${AREAS}/` },
    },
    {
      name: 'projection-framework-knows-no-business-area',
      comment: 'libs/projections is the framework; which projections run, with which tables and rules, is composed in libs/composition.',
      severity: 'error',
      from: { path: '^libs/projections/', pathNot: TEST_CODE },
      to: { path: `^libs/${AREAS}/` },
    },
    {
      name: 'libs-import-no-app',
      comment: 'Nothing under libs/ imports from apps/: the apps are composition roots on top.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'libs-import-no-tests',
      comment: 'Production code under libs/ and apps/ does not import test support.',
      severity: 'error',
      from: { path: '^(libs|apps)/', pathNot: TEST_CODE },
      to: { path: '^tests/' },
    },
    {
      name: 'no-module-cycles',
      comment: 'No import cycles between modules.',
      severity: 'error',
      from: { pathNot: TEST_CODE },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment:
        'No import cycles between folders of different areas (libs/<area>, apps/<app>, tests), e.g. libs/projections ↔ libs/loans. ' +
        'Folders inside one area (a Nest module at src/ and its slices) may refer to each other.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(libs|apps)/([^/]+)', pathNot: TEST_CODE },
      to: { circular: true, viaSomeNot: '^$1/$2(/|$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Test code is left out of the graph: it may reach internals (see the top), and its edges would
    // otherwise join unrelated areas into folder cycles (a spec → tests/support → apps/api → the area).
    exclude: { path: ['^dist/', '^apps/[^/]+/dist/', '^apps/web/', '^coverage/', '^reports/', '^test-output/', '\\.d\\.ts$', ...TEST_CODE] },
    tsPreCompilationDeps: true,
    // tsconfig.json maps #libs/<area> to libs/<area>/src/index.ts (package.json "imports" maps it to dist/ at run time).
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

// Layer rules (docs/architecture.md "Layer rules"), checked by `npm run lint` and `npm test`.
// Paths are relative to the repository root; @lhasa/* resolves through tsconfig.json, and
// type-only imports count (a type from kafkajs ties a file to kafkajs as much as a value does).
// scripts/ is tooling and is not cruised.

/** Frameworks and infrastructure clients: never in libs/domain. */
const FRAMEWORKS = '(@nestjs/[^/]+|typeorm|class-validator|class-transformer|kafkajs|pg|express|rxjs|reflect-metadata)';
const TESTS = '(\\.spec\\.ts|\\.int-spec\\.ts|\\.e2e-spec\\.ts)$';
/**
 * The one package libs/domain may import: fast-xml-parser, which reads the XML customs sends
 * back (libs/domain/src/ceb-xml/xml-reader.ts). It is pure like the domain: a string in, a tree
 * out, no I/O, no framework, no global state, and we do not write our own XML parser.
 */
const DOMAIN_PACKAGES = '^node_modules/fast-xml-parser/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'libs/domain holds pure rules: it imports only node built-ins, its own files and fast-xml-parser (pure parsing, no I/O), ' +
        'never another @lhasa/* lib, an app, a framework (@nestjs/*, typeorm, class-validator, class-transformer, kafkajs, pg, express, rxjs) ' +
        'or any other package.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: TESTS },
      to: { pathNot: ['^libs/domain/', DOMAIN_PACKAGES], dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-tests-are-pure',
      comment:
        "libs/domain's tests may add test tools (fast-check, jest) but, like the code they test, import no other lib, " +
        'no app and no framework. A check that another lib fits the domain lives in that lib.',
      severity: 'error',
      from: { path: [`^libs/domain/.*${TESTS}`] },
      to: {
        path: ['^libs/(?!domain/)', '^apps/', '^tests/', `(^|/)node_modules/${FRAMEWORKS}/`, `^${FRAMEWORKS}$`],
      },
    },
    {
      name: 'no-cross-app-imports',
      comment: 'An app never imports another app: services share code through libs/ and talk through contracts.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'commands-do-not-read-queries',
      comment:
        "commands/ and events/ never import queries/: what both need (views, mappers, helpers) lives below both, in the app's domain/ or shared/.",
      severity: 'error',
      from: { path: '^apps/[^/]+/src/(commands|events)/' },
      to: { path: '^apps/[^/]+/src/queries/' },
    },
    {
      name: 'kafkajs-only-in-messaging',
      comment:
        'Only libs/messaging touches kafkajs, so the client can be replaced there alone. Tests included: ' +
        'they go through the test helper libs/messaging exports.',
      severity: 'error',
      from: { pathNot: '^libs/messaging/' },
      to: { path: ['(^|/)node_modules/kafkajs/', '^kafkajs$'] },
    },
    {
      name: 'libs-do-not-import-apps',
      comment: 'Libraries sit below the apps: a lib never imports an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import dependency-cruiser cannot resolve escapes every rule above; tsc would fail on it too.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^(scripts|dist|coverage|deploy|\\.local)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

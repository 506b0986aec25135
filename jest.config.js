// One jest config, four projects: unit (pure, fast), integration (one service against
// real Kafka and PostgreSQL), e2e (all services over HTTP), pages (a service's pages in real
// headless Chromium). The integration, e2e and pages projects find or start Kafka and PostgreSQL
// in their globalSetup (pages also finds or installs Chromium), so `npx jest` alone works too.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const infrastructure = {
  globalSetup: '<rootDir>/tests/support/infrastructure.global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/infrastructure.global-teardown.mjs',
};

const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  setupFiles: ['reflect-metadata'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      ...infrastructure,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/tests/support/integration-env.ts'],
    },
    {
      ...common,
      ...infrastructure,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      ...infrastructure,
      globalSetup: '<rootDir>/tests/support/pages.global-setup.mjs',
      displayName: 'pages',
      testMatch: ['<rootDir>/tests/pages/**/*.page-spec.ts'],
      setupFiles: ['reflect-metadata', '<rootDir>/tests/support/integration-env.ts'],
    },
  ],
};

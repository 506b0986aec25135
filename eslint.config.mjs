// Lint for TypeScript sources; the type checker (npm run typecheck) does the heavy lifting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const TRADE_MODE = '/^(9610|9710|9810|1210|1239)$/';
const TRADE_MODE_MESSAGE =
  'trade-mode-literals: a trade mode code (9610, 9710, 9810, 1210, 1239) is spelt only in apps/declarations/src/modes/**, ' +
  'libs/domain or libs/contracts; import the constant from there.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local/**', 'coverage/**', 'deploy/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // XML 1.0 forbids most control characters; the writer and its tests must name them.
      'no-control-regex': 'off',
    },
  },
  {
    // Layer rule trade-mode-literals (docs/architecture.md "Layer rules"): a trade mode code is a
    // fact with one home. Mode modules, libs/domain and libs/contracts name the codes; everything
    // else imports them from there. Tests may spell them out.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['apps/declarations/src/modes/**', 'libs/domain/**', 'libs/contracts/**', 'apps/*/test/**', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${TRADE_MODE}]`, message: TRADE_MODE_MESSAGE },
        { selector: `TemplateElement[value.raw=${TRADE_MODE}]`, message: TRADE_MODE_MESSAGE },
      ],
    },
  },
  {
    // libs/messaging is the only code that touches the Kafka client; tests use @lhasa/messaging/testing.
    files: ['**/*.ts'],
    ignores: ['libs/messaging/src/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'kafkajs', message: 'Only libs/messaging uses kafkajs; tests use @lhasa/messaging/testing.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', AbortController: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
);

/**
 * Lint: typescript-eslint's recommended rules, the React hooks rules, and our layer and import-cycle
 * rules (scripts/eslint-layers.js, scripts/eslint-cycles.js). Style is Prettier's job, not ESLint's.
 */
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import cycles from './scripts/eslint-cycles.js';
import layers from './scripts/eslint-layers.js';

/**
 * ESLint's own recommended rules (what @eslint/js would give; that package is not installed here), read from
 * the rules' metadata. typescript-eslint's recommended config, listed after, turns off the ones TypeScript covers.
 */
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

/** Pure layers must not touch the browser or Node at run time: it keeps them usable by CLI, worker and tests. */
const PURE_LAYER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'process',
  'Buffer',
  '__dirname',
  'require',
].map((name) => ({
  name,
  message: 'src/input, src/parse, src/kernel, src/analyze and src/present are pure TypeScript: no DOM or Node globals.',
}));

const REACT_FILES = ['src/views/**/*.{ts,tsx}', 'src/*.tsx'];

export default tseslint.config(
  // `.*` at the top: scratch files and tool folders (.ci is bash, .bench is generated).
  { ignores: ['dist/', 'dist-offline/', 'dist-cli/', 'coverage/', 'node_modules/', 'test-results/', '.*'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      ...eslintRecommended,
      // A log parser matches control characters (NUL, ESC, \x1f of gzip) and runs of spaces on purpose.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // New in ESLint 10's recommended set: a dead store is worth seeing, not worth failing the build over.
      'no-useless-assignment': 'warn',
    },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    plugins: { layers },
    rules: {
      'layers/imports': 'error',
      // `_`-prefixed names are deliberately unused (callback positions, exhaustiveness helpers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { cycles },
    rules: { 'cycles/no-cycle': 'error' },
  },
  // In TypeScript files tsc already reports unused names (noUnusedLocals, noUnusedParameters in tsconfig.json):
  // the rule stays on for the plain JavaScript files only, and npm test does that work once, not twice.
  { files: ['**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-unused-vars': 'off' } },
  // Only the views use React: the hooks rules (the compiler-era ones take half of the lint's time) run there.
  { files: REACT_FILES, ...reactHooks.configs.flat.recommended },
  {
    files: REACT_FILES,
    rules: {
      // We do not run the React Compiler. Setting state from a mount effect (load the sample, read the share
      // link) is the plain React pattern; the compiler-era rule stays visible as a warning, not a blocker.
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  {
    files: [
      'src/input/**/*.ts',
      'src/parse/**/*.ts',
      'src/kernel/**/*.ts',
      'src/analyze/**/*.ts',
      'src/present/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...PURE_LAYER_GLOBALS] },
  },
);

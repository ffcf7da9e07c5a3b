// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CLOCK = 'The domain takes time as an input (a clock); it never reads the real clock.';
const OUTSIDE =
  'src/domain imports only its own modules, by relative path: no Preact, Astro, Node built-ins or packages.';

/** Globals the domain must not touch; tsc already rejects these DOM and Node ones. */
const DOM_AND_NODE = ['window', 'document', 'localStorage', 'navigator', 'process'];
const GLOBAL_THIS = { name: 'globalThis', message: 'Reach Web APIs through src/domain/platform.ts.' };

/**
 * Relative imports name their file's extension. (esquery regexes cannot contain a slash, hence
 * \x2F.)
 */
const IMPORT_STYLE = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map(
  (node) => ({
    selector: `${node}[source.value=/^\\.{1,2}\\x2F(?!.*\\.(ts|tsx|mts|js|mjs|jsx|astro|css|json|mdx|svg)$)/]`,
    message: "Write the file's extension in a relative import ('./x.ts', './X.tsx'); npm run format:imports adds them.",
  }),
);

/**
 * `../` repeated `depth` times leaves src/domain from a file `depth` levels below it.
 * @param {number} depth
 */
const escapes = (depth) => `^(\\.\\./){${depth}}`;

/**
 * Import patterns for a domain file `depth` levels below src/domain.
 * @param {number} depth
 */
const domainImports = (depth) => [
  { regex: '^[^.]', message: OUTSIDE },
  { regex: escapes(depth), message: 'src/domain imports nothing outside src/domain.' },
];

/**
 * The same limits for `import()`, which no-restricted-imports does not see, and the clock.
 * @param {number} depth
 */
const domainSyntax = (depth) => [
  { selector: "ImportExpression:not([source.type='Literal'])", message: 'Import only literal paths in src/domain.' },
  { selector: 'ImportExpression[source.value=/^[^.]/]', message: OUTSIDE },
  {
    selector: `ImportExpression[source.value=/${escapes(depth).replaceAll('/', '\\/')}/]`,
    message: 'src/domain imports nothing outside src/domain.',
  },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK },
  { selector: "CallExpression[callee.name='Date']", message: CLOCK },
  ...IMPORT_STYLE,
];

/**
 * The import and syntax limits for domain files `depth` levels below src/domain.
 * @param {number} depth
 * @returns {import('eslint').Linter.Config}
 */
const domainDepth = (depth) => ({
  files: [`src/domain/${'*/'.repeat(depth - 1)}*.ts`],
  rules: {
    'no-restricted-imports': ['error', { patterns: domainImports(depth) }],
    'no-restricted-syntax': ['error', ...domainSyntax(depth)],
  },
});

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'bench/out/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  ...astro.configs.recommended,
  {
    // Plain JS config files and .astro components are linted without type information.
    files: ['**/*.{js,mjs}', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // One import style: a relative import names its file, extension included ('./x.ts',
    // './X.tsx'), so Node can run the sources as they are and a reader sees which file is meant.
    // `npm run format:imports` rewrites old-style imports. The domain blocks below repeat these
    // selectors, because a later `no-restricted-syntax` replaces an earlier one.
    files: ['**/*.{js,mjs,ts,tsx,astro}'],
    rules: { 'no-restricted-syntax': ['error', ...IMPORT_STYLE] },
  },
  {
    // The domain is pure TypeScript. `tsc -p src/domain` (lib ES2023, `types: []`) already rejects
    // DOM and Node globals; these rules catch what it cannot: packages and files outside
    // src/domain, the real clock and real randomness (time and ids are inputs), and Web APIs
    // reached around platform.ts.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...DOM_AND_NODE, GLOBAL_THIS],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: CLOCK },
        {
          object: 'Math',
          property: 'random',
          message: 'The domain takes randomness as an input (a seeded generator).',
        },
      ],
    },
  },
  // A relative import may climb only as far as src/domain: one block per folder depth, since a
  // specifier is matched as text, not resolved.
  ...[1, 2, 3, 4].map(domainDepth),
  {
    // The one module that reads Web APIs from globalThis, with its reason.
    files: ['src/domain/platform.ts'],
    rules: { 'no-restricted-globals': ['error', ...DOM_AND_NODE] },
  },
);

// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // `node scripts/add-import-extensions.mjs` rewrites old-style imports. (esquery regexes cannot
    // contain a slash, hence \x2F.)
    files: ['**/*.{js,mjs,ts,tsx,astro}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.{1,2}\\x2F(?!.*\\.(ts|tsx|mts|js|mjs|jsx|astro|css|json|mdx|svg)$)/]`,
          message:
            "Write the file's extension in a relative import ('./x.ts', './X.tsx'); scripts/add-import-extensions.mjs adds them.",
        })),
      ],
    },
  },
  {
    // The domain is pure TypeScript: no UI framework, no Astro, no Node built-ins.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/*'], message: 'src/domain must not import Preact.' },
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/domain must not import Astro.' },
            { group: ['node:*', 'zod'], message: 'src/domain uses only Web-standard APIs.' },
            { group: ['../../*', '../../../*'], message: 'src/domain imports nothing outside src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'process'],
    },
  },
);

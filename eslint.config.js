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

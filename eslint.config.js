// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The boundaries of the tree (README → Layout, CONTRIBUTING.md), each a lint error rather
 * than a comment. `regex` is matched against the import specifier as written.
 */
const PURE_CORE = [
  {
    regex: '^astro:',
    message: 'src/lib is the pure core: astro:* modules are read by pages and loaders, which pass values in.',
  },
  {
    regex: '^(node:)?fs(/promises)?$',
    message: 'src/lib takes bytes and returns values: file-system access belongs in src/loaders or scripts.',
  },
  {
    regex: '(^|/)(pages|loaders|components|layouts|data|client|integrations)/',
    message: 'src/lib is imported by pages, loaders and the client, never the other way round.',
  },
];
const ANALYSIS_INTERNALS = {
  regex: '(^|/)analysis/(?!index\\.ts$)[^/]+$',
  message: "Outside src/lib/analysis, import the analysis stage through its public API, 'analysis/index.ts'.",
};
/** Library modules the browser code loads: they must import nothing at run time. */
const BROWSER_SHARED = ['src/lib/publish/search-filters.ts'];
const RUNTIME_IMPORT = 'shared with the browser: import nothing at run time (`import type` is fine).';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.dist-*/', '.corpus/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `_name` marks a value taken out on purpose (e.g. to omit it from an object).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // With noUncheckedIndexedAccess every indexed read is optional; `!` marks the reads a
      // bounds check just above guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['tests/**'],
    // Vitest's asymmetric matchers (expect.objectContaining, …) are typed `any`.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/analysis/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PURE_CORE, ANALYSIS_INTERNALS] }] },
  },
  {
    files: ['src/lib/analysis/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: PURE_CORE }] },
  },
  {
    files: ['src/**', 'scripts/**'],
    ignores: ['src/lib/**', 'src/client/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ANALYSIS_INTERNALS] }] },
  },
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)lib/(?!${BROWSER_SHARED.map((file) => file.slice('src/lib/'.length).replaceAll('.', '\\.')).join('|')}$)`,
              message: `The browser loads only the library modules listed in BROWSER_SHARED (eslint.config.js): ${BROWSER_SHARED.join(', ')}.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: BROWSER_SHARED,
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[importKind='value']", message: `This module is ${RUNTIME_IMPORT}` },
        {
          selector: "ExportNamedDeclaration[source][exportKind='value']",
          message: `This module is ${RUNTIME_IMPORT}`,
        },
        { selector: "ExportAllDeclaration[exportKind='value']", message: `This module is ${RUNTIME_IMPORT}` },
        { selector: 'ImportExpression', message: `This module is ${RUNTIME_IMPORT}` },
      ],
    },
  },
  ...astro.configs.recommended,
  { files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

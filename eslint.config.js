// Lint: recommended JS and TypeScript rules, plus the layer rule of docs/architecture: core/ is pure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.wxt/**', 'node_modules/**', 'generated/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page and KB text as text, never as HTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Never write HTML from strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write HTML from strings.' },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['wxt', 'wxt/*', 'webextension-polyfill', 'preact', 'preact/*', '../page/*', '../platform/*', '../components/*', '../entrypoints/*'], message: 'core/ is pure: zod and fuse.js only.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  {
    files: ['page/**/*.ts', 'components/**/*.{ts,tsx}'],
    rules: {
      // One exception: platform/i18n's t() only reads the extension's own message catalogue.
      'no-restricted-imports': ['error', { patterns: [{ group: ['../platform/*', '!../platform/i18n', '../entrypoints/*', 'wxt/browser'], allowTypeImports: true, message: 'page/ and components/ do not talk to the browser API (t() from platform/i18n excepted); entrypoints wire that.' }] }],
    },
  },
);

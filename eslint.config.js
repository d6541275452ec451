// ESLint with typescript-eslint: `npm run lint` (part of `npm test`). Layout is Prettier's (`npm run format`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.astro/', '.cache/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Intentionally unused bindings carry a leading underscore (`{ text: _text, ...entry }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Chinese typography: the ideographic space (U+3000) is part of captions, formulas and numbers.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Patterns such as [^\x00-\x7f] (a non-ASCII character) name the ASCII range on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Scripts that run in the handbook's pages and in the print preview (with Paged.js).
    files: ['site/scripts/**/*.ts', 'templates/**/*.js'],
    languageOptions: { globals: { ...globals.browser, Paged: 'readonly' } },
  },
);

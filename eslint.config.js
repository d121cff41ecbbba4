// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, over all code
// (formatting is Prettier's). CI runs it with --max-warnings 0.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.tmp/', '.astro/', 'node_modules/', 'content/', 'test/fixtures/**/*', '!test/fixtures/*.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except a leading underscore, which marks a parameter kept for its position.
      // Chinese text is set with the ideographic space (U+3000): allowed in strings, templates, regular expressions and comments.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: the client scripts and the one script in public/.
    files: ['src/client/**/*.ts', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

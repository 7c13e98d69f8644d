// Linting: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, no
// formatting rules (Prettier owns those). Errors fail `npm run lint`; warnings are shown only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'node_modules/', '.astro/', 'bench-corpus/', 'screenshots/', 'tests/fixtures/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Test helpers and YAML readers type parsed data loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The search normaliser strips control characters with a regular expression on purpose.
      'no-control-regex': 'off',
    },
  },
);

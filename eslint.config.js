// Type-checked lint: the rules that catch what tsc cannot (floating promises, non-exhaustive switches, unsafe any).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '**/node_modules/**',
      'data/**',
      'reports/**',
      '.stryker-tmp/**',
      'coverage/**',
      'vitest.mutate.config.ts',
      'stryker.config.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier wraps code at 120; what it cannot wrap (long strings, templates) must still stop at 140.
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Async methods that implement a Promise-returning contract (Store, handlers) need no await of their own.
      '@typescript-eslint/require-await': 'off',
      // discord-api-types' numeric enums are compared with raw numbers read from JSON payloads on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Control characters are matched on purpose: they are stripped from members' input.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read Discord payloads back as plain JSON from the local Discord; typing every field there adds nothing.
    files: ['tests/**/*.ts', 'packages/*/tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // expect(a).x(), expect(b).y() pairs, spies passed around unbound, and non-Error rejections are test idioms.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    // The local Discord echoes untrusted request bodies back in error messages, whatever their type.
    files: ['packages/local-discord/src/**/*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

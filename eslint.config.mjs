// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Buyer-written text reaches the UI: HTML goes through the escaping helpers only.
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Build DOM nodes or use textContent; buyer text is untrusted.',
        },
        {
          property: 'outerHTML',
          message: 'Build DOM nodes or use textContent; buyer text is untrusted.',
        },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; buyer text is untrusted.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // Core is pure: no Apps Script services, no DOM, no Node.
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'HtmlService',
        'PropertiesService',
        'Session',
        'Utilities',
        'CacheService',
        'LockService',
        'document',
        'window',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'tools/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  prettier,
);

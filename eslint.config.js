// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Layers import downwards only: surfaces → ui/platform → core. See docs/architecture.md. */
const surfaces = ['content', 'background', 'popup', 'options', 'welcome'];
const fromSurface = (name) => ({
  group: surfaces.filter((s) => s !== name).flatMap((s) => [`**/${s}/**`, `../${s}`]),
  message: `A surface (${name}) must not import another surface: move shared code to src/ui or src/core.`,
});

const htmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Never build HTML from strings: use DOM APIs or preact.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Never build HTML from strings: use DOM APIs or preact.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never build HTML from strings: use DOM APIs or preact.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never build HTML from strings: render text.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write builds HTML from strings.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'artifacts/**',
      'coverage/**',
      'tmp/**',
      'dist-bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // With noUncheckedIndexedAccess, `xs[i]!` inside a bounds-checked loop is the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A closure may read a binding before its single assignment (set up, then start).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...htmlSinks] },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'core is pure: no browser APIs.' },
            { name: 'preact', message: 'core is pure: no UI.' },
          ],
          patterns: [
            {
              group: ['**/platform/**', '**/ui/**', ...surfaces.map((s) => `**/${s}/**`)],
              message: 'src/core imports nothing else of ours (layers point down only).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'navigator',
        'location',
        'localStorage',
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: surfaces.map((s) => `**/${s}/**`),
              message: 'ui and platform sit below the surfaces and must not import them.',
            },
            { group: ['**/platform/**'], message: 'ui must not reach the platform seam.' },
          ],
        },
      ],
    },
  },
  ...surfaces.map((name) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'webextension-polyfill',
              message: 'Only src/platform imports webextension-polyfill.',
            },
          ],
          patterns: [fromSurface(name)],
        },
      ],
    },
  })),
);

import nextPlugin from '@next/eslint-plugin-next'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

/**
 * The layers of lib/ and what each may import at run time (docs/architecture.md). Type-only
 * imports may cross layers: they describe data shapes and vanish from the built code.
 */
/** @type {Record<string, string[]>} */
const LAYERS = {
  domain: [],
  platform: ['domain'],
  render: ['domain', 'platform'],
  data: ['domain', 'platform'],
  import: ['domain', 'platform', 'data'],
}

/**
 * The other layers' folders, which `layer` must not import from.
 * @param {string} layer
 */
function forbiddenFor(layer) {
  const allowed = LAYERS[layer] ?? []
  const others = Object.keys(LAYERS).filter((name) => name !== layer && !allowed.includes(name))
  return others.flatMap((name) => [`@/lib/${name}/*`, `**/lib/${name}/*`, `../${name}/*`, `../../${name}/*`])
}

/** @type {import('eslint').Linter.Config[]} */
const layerRules = Object.keys(LAYERS).map((layer) => ({
  files: [`lib/${layer}/**/*.{ts,tsx,mjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbiddenFor(layer),
            allowTypeImports: true,
            message: `lib/${layer} may import only ${['itself', ...(LAYERS[layer] ?? []).map((name) => `lib/${name}`)].join(', ')} (docs/architecture.md).`,
          },
          ...(layer === 'domain'
            ? [
                {
                  group: [
                    'payload',
                    'next',
                    'next/*',
                    'react',
                    'react-dom',
                    '@payload-config',
                    'node:fs',
                    'node:child_process',
                  ],
                  allowTypeImports: true,
                  message:
                    'lib/domain is pure: no Payload, Next, React or file system (docs/architecture.md).',
                },
              ]
            : []),
        ],
      },
    ],
  },
}))

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'next-env.d.ts',
      'payload-types.ts',
      'app/(payload)/**',
      'migrations/*.ts',
      '!migrations/index.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@next/next': nextPlugin, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A cycle through payload.config.ts (a hook importing a page reader) breaks start-up order.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...layerRules,
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)

// Lint rules; layout (line breaks, quotes, commas) is prettier's job, see .prettierrc.json.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import { defineConfig, globalIgnores } from 'eslint/config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import { importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores(['dist/', 'lib/', 'coverage/', '.lab/', 'tmp/', 'schema/', 'test/fixtures/**/*.{js,mjs,cjs}']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'smart'],
      // Probes and parsers match protocol bytes on purpose: NUL, CR, LF, ESC.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON reports and SARIF logs as they come (`any` until asserted), and asymmetric matchers
    // (`expect.stringContaining`) are typed `any`; fixture helpers are passed around unbound.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    plugins: { 'import-x': importX },
    settings: {
      // The cycle check reads the modules it follows: TypeScript files, parsed by the TypeScript parser.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // `.js` specifiers in TypeScript sources name the `.ts` files beside them.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      // A module graph without cycles loads in one order and can be bundled and read top-down.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
    },
  },

  {
    files: ['**/*.{ts,js}'],
    plugins: { 'check-file': checkFile },
    rules: {
      // Kebab-case names; a middle extension (`.test`, `.config`) is allowed.
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,js}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '{src,test,scripts}/**/': 'KEBAB_CASE' }],
    },
  },

  {
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier breaks code at 140 columns; this catches what it cannot break: long strings, comments, templates.
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true }],
    },
  },
])

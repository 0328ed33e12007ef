// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['**/dist/**', '**/node_modules/**', '.bench/**']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {console: 'readonly', process: 'readonly', URL: 'readonly', TextDecoder: 'readonly'}
    },
    rules: {
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const {dropped, ...kept} = object` leaves `dropped` unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}]
    }
  }
)

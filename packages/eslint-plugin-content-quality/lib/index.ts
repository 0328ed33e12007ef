import markdown from '@eslint/markdown'
import type {ESLint, Linter} from 'eslint'
import {rules} from './rules.js'

export {createEslintRule, type ContentRule, type EslintRuleDefinition, type Repair} from './eslint-rule.js'
export {rules} from './rules.js'

/** The plugin's namespace in configurations: rules are `content-quality/<id>`. */
const namespace = 'content-quality'

/**
 * ESLint plugin `content-quality`: the content-quality rules for markdown
 * through `@eslint/markdown`, and a `recommended` flat config that lints
 * `**\/*.md` as GFM with YAML frontmatter and turns every rule on.
 */
const plugin = {
  meta: {name: 'eslint-plugin-content-quality', version: '0.1.0'},
  rules,
  configs: {} as {recommended: Linter.Config}
}

plugin.configs.recommended = {
  name: namespace + '/recommended',
  files: ['**/*.md'],
  // ESLint's `Plugin` type expects rules for any language; these are typed
  // for `@eslint/markdown`'s source code, which TypeScript cannot widen.
  plugins: {markdown: markdown as ESLint.Plugin, [namespace]: plugin as unknown as ESLint.Plugin},
  language: 'markdown/gfm',
  languageOptions: {frontmatter: 'yaml'},
  rules: Object.fromEntries(Object.keys(rules).map((id) => [namespace + '/' + id, 'error']))
}

export default plugin

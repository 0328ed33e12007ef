/**
 * The `recommended` flat config: what it turns on, and that it combines with
 * `@eslint/markdown`'s own recommended config and per-rule settings.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import markdown from '@eslint/markdown'
import plugin, {rules} from '../lib/index.ts'
import {eslintVersions} from './eslint-versions.ts'

describe('recommended config', () => {
  it('lints markdown as GFM with YAML frontmatter and turns every rule on as an error', () => {
    const {recommended} = plugin.configs
    assert.equal(recommended.name, 'content-quality/recommended')
    assert.deepEqual(recommended.files, ['**/*.md'])
    assert.equal(recommended.language, 'markdown/gfm')
    assert.deepEqual(recommended.languageOptions, {frontmatter: 'yaml'})
    assert.equal(recommended.plugins?.markdown, markdown)
    assert.equal(recommended.plugins?.['content-quality'], plugin)
    assert.deepEqual(
      recommended.rules,
      Object.fromEntries(Object.keys(rules).map((id) => ['content-quality/' + id, 'error']))
    )
    assert.ok('no-mojibake' in rules)
  })

  for (const {name, Linter} of eslintVersions) {
    it('combines with @eslint/markdown’s recommended config and rule options on ' + name, () => {
      const config = [
        ...(markdown.configs.recommended as object[]),
        plugin.configs.recommended,
        {files: ['**/*.md'], rules: {'content-quality/no-mojibake': ['warn', {allow: ['Ã©']}]}}
      ]
      const messages = new Linter().verify('# Title\n\nThe cafÃ© â€” open.\n\n```\ncode\n```\n', config as never, 'doc.md')
      assert.deepEqual(
        messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId}`),
        ['3:11 1 content-quality/no-mojibake', '5:1 2 markdown/fenced-code-language']
      )
    })
  }
})

/**
 * Every ESLint rule of the plugin, on every example of its remark rule's
 * README, on ESLint 9 and 10, reports what the remark rule reports: the same
 * places and messages (plus the cause, which ESLint puts in the message),
 * and options remark rejects are rejected by ESLint's schema.
 * A rule added to `lib/rules.ts` is covered here without further tests.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import type {Plugin} from 'unified'
import {lint} from '../../../test/lint.ts'
import {examplesOf} from '../../../test/readme-examples.ts'
import plugin, {rules} from '../lib/index.ts'
import {eslintVersions} from './eslint-versions.ts'

const packages = new URL('../../', import.meta.url)

for (const id of Object.keys(rules)) {
  const examples = examplesOf(readFileSync(new URL('remark-lint-' + id + '/readme.md', packages), 'utf8'))
  const remarkRule = ((await import(new URL('remark-lint-' + id + '/lib/index.ts', packages).href)) as {default: Plugin})
    .default

  for (const {name, Linter} of eslintVersions) {
    describe(id + ' readme examples under ' + name, () => {
      const linter = new Linter()

      it('has examples', () => assert.ok(examples.length >= 2))

      for (const example of examples) {
        it(example.name, async () => {
          const document = example.input + '\n'
          const options = example.options === undefined ? [] : [example.options]
          const config = [
            plugin.configs.recommended,
            {
              rules: {['content-quality/' + id]: ['error', ...options]},
              ...(document.startsWith('+++') ? {languageOptions: {frontmatter: 'toml'}} : {})
            }
          ]
          const remarkPlugin = example.options === undefined ? remarkRule : [remarkRule, example.options]
          const reported = await lint(document, [remarkPlugin as Plugin])
          // Options remark rejects with a fatal message, ESLint's schema rejects
          // before linting.
          if (reported.some((message) => message.fatal)) {
            assert.throws(() => linter.verify(document, config as never, 'doc.md'), /["']content-quality\//)
            return
          }
          const expected = reported.map((message) => {
            const note = message.cause ? ` (${message.cause.replace(/^(\S+) (.*)$/s, '$2 at $1')})` : ''
            return `${message.range}: ${message.reason}${note}`
          })
          const actual = linter.verify(document, config as never, 'doc.md').map((message) => {
            assert.equal(message.ruleId, 'content-quality/' + id, message.message)
            return `${message.line}:${message.column}-${message.endLine}:${message.endColumn}: ${message.message}`
          })
          assert.deepEqual(actual, expected)
        })
      }
    })
  }
}

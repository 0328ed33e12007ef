/**
 * Every rule README's examples are run: each `##### \`name.md\`` example has
 * an `###### In` markdown block (optionally preceded by "When configured with
 * `options`.") and an `###### Out` block listing the expected messages as
 * `line:column-line:column: reason`, or "No messages.". Docs cannot drift
 * from behaviour.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import type {Plugin} from 'unified'
import {lint} from './lint.ts'
import {examplesOf} from './readme-examples.ts'

const packages = new URL('../packages/', import.meta.url)

for (const directory of readdirSync(packages).filter((name) => name.startsWith('remark-lint-')).sort()) {
  const readme = readFileSync(new URL(directory + '/readme.md', packages), 'utf8')
  const examples = examplesOf(readme)

  describe(directory + ' readme examples', async () => {
    const rule = ((await import(new URL(directory + '/lib/index.ts', packages).href)) as {default: Plugin}).default

    it('has examples', () => assert.ok(examples.length >= 2, 'expected at least a valid and an invalid example'))

    for (const example of examples) {
      it(example.name, async () => {
        const plugin = example.options === undefined ? rule : [rule, example.options]
        const messages = await lint(example.input + '\n', [plugin as Plugin])
        assert.deepEqual(
          messages.map((message) => message.range + ': ' + message.reason),
          example.output
        )
      })
    }
  })
}

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
import type {Code, Heading, Root, RootContent} from 'mdast'
import {remark} from 'remark'
import type {Plugin} from 'unified'
import {lint} from './lint.ts'

const packages = new URL('../packages/', import.meta.url)

interface Example {
  name: string
  options: unknown
  input: string
  output: string[]
}

/** Read the examples of a rule README. */
function examplesOf(readme: string): Example[] {
  const tree = remark().parse(readme) as Root
  const examples: Example[] = []
  let current: Partial<Example> | undefined
  let expecting: 'in' | 'out' | undefined
  for (const node of tree.children) {
    if (isHeading(node, 5)) {
      const code = node.children[0]
      assert.ok(code?.type === 'inlineCode', 'example headings name a file in code')
      current = {name: code.value, options: undefined}
      expecting = undefined
    } else if (current && isHeading(node, 6)) {
      const label = textOf(node)
      assert.ok(label === 'In' || label === 'Out', 'unexpected example heading ' + label)
      expecting = label === 'In' ? 'in' : 'out'
    } else if (current && node.type === 'paragraph' && expecting === undefined) {
      const match = /^When configured with `(.+)`\.$/.exec(readme.slice(node.position!.start.offset, node.position!.end.offset))
      assert.ok(match, 'unexpected paragraph in example ' + current.name)
      current.options = JSON.parse(match[1]!)
    } else if (current && expecting === 'in') {
      assert.ok(isCode(node, 'markdown'), 'In blocks are markdown code in ' + current.name)
      current.input = node.value
      expecting = undefined
    } else if (current && expecting === 'out') {
      if (node.type === 'paragraph' && textOf(node) === 'No messages.') {
        current.output = []
      } else {
        assert.ok(isCode(node, 'text'), 'Out blocks are text code in ' + current.name)
        current.output = node.value.split('\n')
      }
      assert.ok(current.input !== undefined, 'example ' + current.name + ' has no In block')
      examples.push(current as Example)
      current = undefined
      expecting = undefined
    }
  }
  return examples
}

function isHeading(node: RootContent, depth: number): node is Heading {
  return node.type === 'heading' && node.depth === depth
}

function isCode(node: RootContent, lang: string): node is Code {
  return node.type === 'code' && node.lang === lang
}

function textOf(node: RootContent): string {
  return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : ''
}

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

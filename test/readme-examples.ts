/**
 * Test helper: read the examples of a rule README. Each `##### \`name.md\``
 * example has an `###### In` markdown block (optionally preceded by "When
 * configured with `options`.") and an `###### Out` block listing the expected
 * messages as `line:column-line:column: reason`, or "No messages.".
 */
import assert from 'node:assert/strict'
import type {Code, Heading, Root, RootContent} from 'mdast'
import {remark} from 'remark'

/** One example of a rule README. */
export interface Example {
  name: string
  options: unknown
  input: string
  output: string[]
}

/** Read the examples of a rule README. */
export function examplesOf(readme: string): Example[] {
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

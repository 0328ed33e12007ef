import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import {proseRanges} from '../lib/index.ts'

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml'])

describe('proseRanges', () => {
  it('computes once a tree and gives each caller its own copy', () => {
    const source = '---\ntitle: Hello\n---\n\nSome *text* and `code`.\n'
    const tree = parser.parse(source)
    const first = proseRanges(tree, source)
    assert.deepEqual(
      first.map((range) => [range.kind, source.slice(range.start, range.end)]),
      [['frontmatter', 'Hello'], ['text', 'Some '], ['text', 'text'], ['text', ' and '], ['text', '.']]
    )
    first[0]!.start = 0
    first.pop()
    const second = proseRanges(tree, source)
    assert.notEqual(second, first)
    assert.equal(second.length, 5)
    assert.equal(source.slice(second[0]!.start, second[0]!.end), 'Hello')
  })

  it('reads the alternative text of images up to the bracket that closes it', () => {
    const source = 'See ![A caf\u00E9 [in] \\] view](x.png), ![](y.png) and ![Ref alt][r].\n\n[r]: z.png\n'
    const tree = parser.parse(source)
    assert.deepEqual(
      proseRanges(tree, source).map((range) => [range.kind, source.slice(range.start, range.end)]),
      [['text', 'See '], ['text', 'A caf\u00E9 [in] \\] view'], ['text', ', '], ['text', ' and '], ['text', 'Ref alt'], ['text', '.']]
    )
  })

  it('computes again for another source text', () => {
    const tree = parser.parse('Text.\n')
    assert.equal(proseRanges(tree, 'Text.\n').length, 1)
    assert.deepEqual(proseRanges(tree, 'Other.\n'), [{kind: 'text', start: 0, end: 5}])
  })
})

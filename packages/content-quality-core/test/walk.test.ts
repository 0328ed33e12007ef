import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import {walk} from '../lib/index.ts'

describe('walk', () => {
  it('enters every node in document order, with its index and parent', () => {
    const tree = remark().parse('# A *b*\n\nC.\n')
    const seen: string[] = []
    walk(tree, function (node, index, parent) {
      seen.push(node.type + (parent ? ' ' + index + ' of ' + parent.type : ''))
    })
    assert.deepEqual(seen, [
      'root',
      'heading 0 of root',
      'text 0 of heading',
      'emphasis 1 of heading',
      'text 0 of emphasis',
      'paragraph 1 of root',
      'text 0 of paragraph'
    ])
  })

  it('skips the children of a node when `enter` returns false', () => {
    const tree = remark().parse('# A *b*\n\nC.\n')
    const seen: string[] = []
    walk(tree, function (node) {
      seen.push(node.type)
      return node.type !== 'heading'
    })
    assert.deepEqual(seen, ['root', 'heading', 'paragraph', 'text'])
  })
})

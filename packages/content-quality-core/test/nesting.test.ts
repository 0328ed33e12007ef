import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {maximumNesting, nodeDeeperThan, remarkRejectDeepNesting} from '../lib/index.ts'

const processor = remark().use(remarkRejectDeepNesting)

describe('remarkRejectDeepNesting', () => {
  it('finds the first node deeper than the limit without recursion', () => {
    const tree = processor.parse('> > a\n\nb\n')
    // root > blockquote > blockquote > paragraph > text: the text is level 4.
    assert.equal(nodeDeeperThan(tree, 4), undefined)
    assert.equal(nodeDeeperThan(tree, 3)?.type, 'text')
    assert.equal(nodeDeeperThan(processor.parse('> '.repeat(50_000) + 'a'), maximumNesting)?.type, 'blockquote')
  })

  it('lets documents of ordinary depth through', async () => {
    const file = new VFile('> '.repeat(maximumNesting - 2) + 'a\n')
    await processor.run(processor.parse(file), file)
    assert.deepEqual(file.messages, [])
  })

  it('rejects deeper documents with one fatal message at the first node too deep', async () => {
    const file = new VFile('text\n\n' + '> '.repeat(maximumNesting + 5) + 'a\n')
    await assert.rejects(processor.run(processor.parse(file), file), (error: Error & {place?: unknown}) => {
      assert.match(error.message, /^Unexpected nesting deeper than 1000 levels, expected at most 1000 \(the document is not linted/)
      assert.deepEqual(error.place, {
        start: {line: 3, column: 2001, offset: 2006},
        end: {line: 3, column: 2012, offset: 2017}
      })
      return true
    })
    assert.equal(file.messages.length, 1)
    assert.equal(file.messages[0]!.fatal, true)
  })
})

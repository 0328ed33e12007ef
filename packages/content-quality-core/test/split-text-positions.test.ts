import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Paragraph, Root} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {remarkPlaceSplitText} from '../lib/index.ts'

/** Each child of the first paragraph as `[type, start, end]`, offsets `undefined` when unplaced. */
async function children(document: string, place: boolean) {
  const processor = place ? remark().use(remarkGfm).use(remarkPlaceSplitText) : remark().use(remarkGfm)
  const file = new VFile(document)
  const tree = (await processor.run(processor.parse(file), file)) as Root
  const paragraph = tree.children[0] as Paragraph
  return paragraph.children.map((node) => [node.type, node.position?.start.offset, node.position?.end.offset])
}

describe('remarkPlaceSplitText', () => {
  // After `https://a.example` remark-gfm links the second URL only after
  // parsing, splitting the text around it into pieces without positions.
  const document = 'https://a.example and [see https://b.example here]\n'

  it('places the text and links remark-gfm splits around a bare URL', async () => {
    assert.deepEqual(await children(document, false), [
      ['link', 0, 17],
      ['text', undefined, undefined],
      ['link', undefined, undefined],
      ['text', undefined, undefined]
    ])
    assert.deepEqual(await children(document, true), [
      ['link', 0, 17],
      ['text', 17, 27],
      ['link', 27, 44],
      ['text', 44, 50]
    ])
  })

  it('counts lines and columns from the text after a byte-order mark', async () => {
    const processor = remark().use(remarkGfm).use(remarkPlaceSplitText)
    const file = new VFile('\uFEFF' + document)
    const tree = (await processor.run(processor.parse(file), file)) as Root
    const link = (tree.children[0] as Paragraph).children[2]!
    assert.deepEqual(link.position, {start: {line: 1, column: 28, offset: 27}, end: {line: 1, column: 45, offset: 44}})
  })

  it('leaves a run alone when it does not read as its source', async () => {
    // `&amp;` reads as `&`: the pieces cannot be placed character for character.
    assert.deepEqual(await children('https://a.example &amp; [see https://b.example]\n', true), [
      ['link', 0, 17],
      ['text', undefined, undefined],
      ['link', undefined, undefined],
      ['text', undefined, undefined]
    ])
  })
})

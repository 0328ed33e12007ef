import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Element} from 'hast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {htmlUnits} from '../lib/index.ts'

const parser = remark().use(remarkGfm)

/** Each unit as `start-end: text`, and its top-level elements as `tag start-end`. */
function units(document: string) {
  return htmlUnits(parser.parse(document), document).map((unit) => ({
    unit: unit.start + '-' + unit.end + ': ' + document.slice(unit.start, unit.end),
    elements: unit.tree.children
      .filter((node): node is Element => node.type === 'element')
      .map((node) => node.tagName + ' ' + node.position!.start.offset + '-' + node.position!.end.offset)
  }))
}

describe('htmlUnits', () => {
  it('joins an HTML block that blank lines split into one unit; inline HTML inside is its own unit', () => {
    // `<span>a</span>` alone on its line is a paragraph with inline HTML, so the
    // div's parse sees white space there and the paragraph's parse the span.
    const document = 'Intro.\n\n<div class="box">\n\n<span>a</span>\n\n</div>\n'
    assert.deepEqual(units(document), [
      {unit: '8-49: <div class="box">\n\n<span>a</span>\n\n</div>', elements: ['div 8-49']},
      {unit: '27-41: <span>a</span>', elements: ['span 27-41']}
    ])
  })

  it('joins markdown that stands inside an HTML element to its unit', () => {
    const document = '<div>\n\n[a](https://b.example)\n\n</div>\n\nAfter.\n'
    const [unit] = htmlUnits(parser.parse(document), document)
    assert.deepEqual(unit!.nodes.map((node) => node.type), ['html', 'paragraph', 'html'])
    assert.equal(document.slice(unit!.start, unit!.end), '<div>\n\n[a](https://b.example)\n\n</div>')
  })

  it('keeps separate HTML blocks apart when markdown stands between them', () => {
    const document = '<p>one</p>\n\nText.\n\n<p>two</p>\n'
    assert.deepEqual(
      units(document).map((unit) => unit.unit),
      ['0-10: <p>one</p>', '19-29: <p>two</p>']
    )
  })

  it('maps positions of HTML in block quotes back to the document', () => {
    const document = '> <div>\n> <kbd>x</kbd>\n> </div>\n'
    const [unit] = htmlUnits(parser.parse(document), document)
    const kbd = (unit!.tree.children[0] as Element).children.find(
      (node): node is Element => node.type === 'element' && node.tagName === 'kbd'
    )!
    assert.equal(document.slice(kbd.position!.start.offset, kbd.position!.end.offset), '<kbd>x</kbd>')
    assert.deepEqual([kbd.position!.start.line, kbd.position!.start.column], [2, 3])
  })

  it('reads inline HTML of a paragraph as one unit', () => {
    assert.deepEqual(units('Press <kbd>Ctrl</kbd> now.\n'), [{unit: '6-21: <kbd>Ctrl</kbd>', elements: ['kbd 6-21']}])
  })

  it('parses once per tree and returns the cached units', () => {
    const document = '<br>\n'
    const tree = parser.parse(document)
    assert.equal(htmlUnits(tree, document), htmlUnits(tree, document))
  })

  it('skips nodes without positions', () => {
    const tree = parser.parse('<br>\n')
    delete tree.children[0]!.position
    assert.deepEqual(htmlUnits(tree, '<br>\n'), [])
  })
})

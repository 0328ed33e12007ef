import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Element} from 'hast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {htmlUnits} from '../lib/index.ts'

const parser = remark().use(remarkGfm)

/** Each unit as `start-end: text`, and its top-level elements as `tag start-end` (`tag` alone without a position). */
function units(document: string) {
  return [...htmlUnits(parser.parse(document), document)].map((unit) => ({
    unit: unit.start + '-' + unit.end + ': ' + document.slice(unit.start, unit.end),
    elements: unit.tree.children
      .filter((node): node is Element => node.type === 'element')
      .map((node) => node.tagName + (node.position ? ' ' + node.position.start.offset + '-' + node.position.end.offset : ''))
  }))
}

describe('htmlUnits', () => {
  it('joins an HTML block that blank lines split into one unit; inline HTML inside is its own unit', () => {
    // `<span>a</span>` alone on its line is a paragraph with inline HTML, so the
    // div's parse sees white space there and the paragraph's parse the span.
    // The walk meets the span before the div is complete, so its unit comes first.
    const document = 'Intro.\n\n<div class="box">\n\n<span>a</span>\n\n</div>\n'
    assert.deepEqual(units(document), [
      {unit: '27-41: <span>a</span>', elements: ['span 27-41']},
      {unit: '8-49: <div class="box">\n\n<span>a</span>\n\n</div>', elements: ['div 8-49']}
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

  it('finds inline HTML inside emphasis, headings and table cells', () => {
    const document = '# A <b>b</b>\n\nSome *<i>x</i>* here.\n\n| a |\n| - |\n| <kbd>k</kbd> |\n'
    assert.deepEqual(
      units(document).map((unit) => unit.elements),
      [['b 4-12'], ['i 20-28'], ['kbd 51-63']]
    )
  })

  it('gives lines and columns under any line ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const document = ['Intro.', '', '<div>', '<kbd>x</kbd>', '</div>', ''].join(eol)
      const [unit] = htmlUnits(parser.parse(document), document)
      const kbd = (unit!.tree.children[0] as Element).children.find(
        (node): node is Element => node.type === 'element' && node.tagName === 'kbd'
      )!
      assert.deepEqual([kbd.position!.start.line, kbd.position!.start.column], [4, 1], JSON.stringify(eol))
    }
  })

  it('reads inline HTML of a paragraph as one unit', () => {
    assert.deepEqual(units('Press <kbd>Ctrl</kbd> now.\n'), [{unit: '6-21: <kbd>Ctrl</kbd>', elements: ['kbd 6-21']}])
  })

  it('lets an element left open take in the HTML and markdown after it, as a browser would', () => {
    // The unclosed `<div>` holds everything to the end; the closed `<section>`
    // stands alone, and so does the paragraph after it.
    const document = '<section>x</section>\n\nText.\n\n<div class="ad">\n\nMiddle.\n\n<p>a</p>\n\nMore.\n\n<p>b</p>\n'
    assert.deepEqual(units(document), [
      {unit: '0-20: <section>x</section>', elements: ['section 0-20']},
      {unit: '29-81: <div class="ad">\n\nMiddle.\n\n<p>a</p>\n\nMore.\n\n<p>b</p>', elements: ['div 29-81']}
    ])
  })

  it('keeps closed blocks apart after an element that was left open and closed again', () => {
    const document = '<div>\n\n[a](https://b.example)\n\n</div>\n\nText.\n\n<p>one</p>\n\nMore.\n\n<p>two\n'
    assert.deepEqual(
      units(document).map((unit) => unit.unit),
      ['0-37: <div>\n\n[a](https://b.example)\n\n</div>', '46-56: <p>one</p>', '65-71: <p>two']
    )
  })

  // Blocks of a few kilobytes are parsed in groups of their own (see `smallestGroup`).
  const padding = '<span>' + 'x'.repeat(2100) + '</span>'

  it('reads raw text, a comment, a table or a formatting element left open as open, across groups', () => {
    const cases: Array<[string, string[]]> = [
      ['<div>' + padding + '<script>', ['div']],
      ['<div>' + padding + '<!-- open', ['div']],
      ['<table><tr><td>' + padding, ['table']],
      ['<div><select>' + padding, ['div']],
      // The parser opens `<b>` again after `</div>`, around what follows.
      ['<div>' + padding + '<b>bold</div>', ['div', 'b']]
    ]
    for (const [opening, elements] of cases) {
      const document = opening + '\n\nText.\n\n<p>' + padding + '</p>\n'
      const found = units(document)
      assert.equal(found.length, 1, opening)
      assert.equal(found[0]!.unit, '0-' + (document.length - 1) + ': ' + document.slice(0, -1), opening)
      assert.deepEqual(found[0]!.elements.map((element) => element.split(' ')[0]), elements, opening)
    }
  })

  it('keeps closed blocks of several kilobytes apart, and lets an open one take in many', () => {
    const closed = Array.from({length: 5}, (_, index) => '<p id="' + index + '">' + padding + '</p>').join('\n\nText.\n\n') + '\n'
    assert.equal(units(closed).length, 5)
    const open = '<div>' + padding + '\n\n' + Array.from({length: 20}, () => 'Text.\n\n<p>' + padding + '</p>').join('\n\n') + '\n'
    assert.deepEqual(
      units(open).map((unit) => unit.unit.split(':')[0]),
      ['0-' + (open.length - 1)]
    )
  })

  it('joins markdown that an element the next tag closes reaches over (`<li>`, `<p>`)', () => {
    assert.deepEqual(units('<li>a\n\n*m*\n\n<li>b\n'), [
      {unit: '0-17: <li>a\n\n*m*\n\n<li>b', elements: ['li 0-12', 'li 12-17']}
    ])
    assert.deepEqual(units('<p>foo\n\n*bar*\n\n<div>x</div>\n').map((unit) => unit.unit), [
      '0-27: <p>foo\n\n*bar*\n\n<div>x</div>'
    ])
  })

  it('joins markdown inside a table even when the parser moves text out before it', () => {
    const found = units('<table>x\n\n*m*\n\n</table>\n')
    assert.deepEqual(found, [{unit: '0-23: <table>x\n\n*m*\n\n</table>', elements: ['table 0-23']}])
  })

  it('keeps text after a stray end tag in its unit', () => {
    const document = '<br>\n\n*m*\n\n</span>\nShare this article\n'
    const found = [...htmlUnits(parser.parse(document), document)]
    assert.deepEqual(found.map((unit) => unit.start + '-' + unit.end), ['0-4', '11-37'])
    assert.deepEqual(found[1]!.tree.children.map((node) => node.type === 'text' && node.value.trim()), ['Share this article'])
    assert.deepEqual(found[1]!.tree.children[0]!.position, {start: {line: 5, column: 1, offset: 11}, end: {line: 6, column: 19, offset: 37}})
  })

  it('joins markdown a table reaches over when the parser moves an element out before it', () => {
    // The `<p>` a table may not hold comes first among the top-level elements, though the table starts earlier.
    assert.deepEqual(units('<table>\n\nText.\n\n<p>x</table>\n'), [
      {unit: '0-28: <table>\n\nText.\n\n<p>x</table>', elements: ['p 16-20', 'table 0-28']}
    ])
  })

  it('cuts the units after `<p>x</p></p>`, whose `</p>` the parser makes an empty `<p>` without a position', () => {
    assert.deepEqual(units('<p>x</p></p>\n\nText.\n\n<p>y</p>\n'), [
      {unit: '0-12: <p>x</p></p>', elements: ['p 0-8', 'p']},
      {unit: '21-29: <p>y</p>', elements: ['p 21-29']}
    ])
    assert.deepEqual(units('<p>x</p></p>\n<div>y</div>\n'), [
      {unit: '0-25: <p>x</p></p>\n<div>y</div>', elements: ['p 0-8', 'p', 'div 13-25']}
    ])
    // After the markdown, the made-up `<p>` goes with the unit its tag stands in.
    assert.deepEqual(units('<p>a</p>\n\nText.\n\n</p><p>y</p>\n'), [
      {unit: '0-8: <p>a</p>', elements: ['p 0-8']},
      {unit: '17-29: </p><p>y</p>', elements: ['p', 'p 21-29']}
    ])
  })

  it('cuts the units after `<b>x</b></br>`, whose `</br>` the parser makes a `<br>` without a position', () => {
    assert.deepEqual(units('<b>x</b></br>\n\nText.\n\n<p>y</p>\n'), [
      {unit: '0-13: <b>x</b></br>', elements: ['b 0-8', 'br']},
      {unit: '22-30: <p>y</p>', elements: ['p 22-30']}
    ])
    assert.deepEqual(units('Some <b>x</b></br> and <i>y</i>.\n'), [
      {unit: '5-18: <b>x</b></br>', elements: ['b 5-13', 'br']},
      {unit: '23-31: <i>y</i>', elements: ['i 23-31']}
    ])
  })

  it('parses units one at a time, as the loop asks for them', () => {
    const document = '<p>one</p>\n\nText.\n\n<p>two</p>\n'
    const units = htmlUnits(parser.parse(document), document)
    const first = units.next()
    assert.equal(first.done, false)
    assert.equal(first.value!.start, 0)
    assert.equal(units.next().value!.start, 19)
    assert.equal(units.next().done, true)
  })

  it('calls `visit` on every node below the root, in document order, as the walk meets it', () => {
    const document = '# A\n\n<p>one</p>\n\nSee [b](https://b.example).\n'
    const seen: string[] = []
    const units = htmlUnits(parser.parse(document), document, (node) => void seen.push(node.type))
    assert.equal(units.next().value!.start, 5)
    assert.deepEqual(seen, ['heading', 'text', 'html', 'paragraph', 'text', 'link', 'text', 'text'])
    assert.equal(units.next().done, true)
  })

  it('does not visit the descendants of a node `visit` returns `false` on, but still finds their HTML', () => {
    const document = '> Quote with <b>bold</b>.\n\nText with <i>it</i>.\n'
    const seen: string[] = []
    const found = [...htmlUnits(parser.parse(document), document, function (node, index, parent) {
      seen.push(parent.type + '>' + index + ':' + node.type)
      return node.type !== 'blockquote'
    })]
    assert.deepEqual(seen, ['root>0:blockquote', 'root>1:paragraph', 'paragraph>0:text', 'paragraph>1:html', 'paragraph>2:text', 'paragraph>3:html', 'paragraph>4:text'])
    assert.deepEqual(found.map((unit) => document.slice(unit.start, unit.end)), ['<b>bold</b>', '<i>it</i>'])
  })

  it('skips nodes without positions', () => {
    const tree = parser.parse('<br>\n')
    delete tree.children[0]!.position
    assert.deepEqual([...htmlUnits(tree, '<br>\n')], [])
  })
})

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Paragraph, Root} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import {renderedSourceSpan, renderedText, type InlineBlock, type RenderedText} from '../lib/index.ts'

const parser = remark().use(remarkGfm)

/** The rendered text of the first block of `type` in `document`. */
function render(document: string, type: InlineBlock['type'] = 'paragraph'): RenderedText {
  let block: InlineBlock | undefined
  visit(parser.parse(document), type, (node: InlineBlock) => {
    block ??= node
  })
  const rendered = renderedText(block!, document)
  assert.ok(rendered)
  return rendered
}

/** The source text each rendered character comes from. */
function sources(document: string, rendered: RenderedText): string[] {
  return Array.from(rendered.starts, (start, index) => document.slice(start, rendered.ends[index]))
}

/** The source text of the rendered span of `needle` (its `occurrence`th copy). */
function spanOf(document: string, rendered: RenderedText, needle: string, occurrence = 1): string | undefined {
  let from = -1
  for (let count = 0; count < occurrence; count++) from = rendered.text.indexOf(needle, from + 1)
  const span = renderedSourceSpan(rendered, from, from + needle.length)
  return span && document.slice(span.start, span.end)
}

describe('renderedText', () => {
  it('reads through emphasis, strong, delete and link text', () => {
    const document = 'the **the** and *a* ~~b~~ [the docs](https://example.com "title")\n'
    const rendered = render(document)
    assert.equal(rendered.text, 'the the and a b the docs')
    assert.equal(document.slice(rendered.starts[4], rendered.ends[6]), 'the')
    assert.equal(rendered.starts[4], 6)
    assert.deepEqual(
      rendered.markup.map((markup) => [markup.start, markup.end, document.slice(markup.sourceStart, markup.sourceEnd)]),
      [
        [4, 7, '**the**'],
        [12, 13, '*a*'],
        [14, 15, '~~b~~'],
        [16, 24, '[the docs](https://example.com "title")']
      ]
    )
  })

  it('keeps soft line breaks and skips block quote markers and indentation', () => {
    const document = '> one\n> two\n>   three\n'
    const rendered = render(document)
    assert.equal(rendered.text, 'one\ntwo\nthree')
    assert.equal(rendered.starts[4], 8)
    assert.equal(rendered.starts[8], 16)
  })

  it('maps escapes and character references to their whole source', () => {
    const document = 'a \\* b &amp; c &#x1F600; d &copy;\n'
    const rendered = render(document)
    assert.equal(rendered.text, 'a * b & c 😀 d ©')
    assert.deepEqual(sources(document, rendered), [
      'a', ' ', '\\*', ' ', 'b', ' ', '&amp;', ' ', 'c', ' ', '&#x1F600;', '&#x1F600;', ' ', 'd', ' ', '&copy;'
    ])
  })

  it('keeps an unknown entity name as text', () => {
    const document = 'x &notanentity; y\n'
    assert.equal(render(document).text, 'x &notanentity; y')
  })

  it('turns inline code, images, HTML, hard breaks and URLs into one object each', () => {
    const document = 'a `code` b ![alt](i.png) c <span>d</span> e  \nf <https://example.com> g www.example.com h https://x.org/a?b i\n'
    const rendered = render(document)
    assert.equal(rendered.text, 'a \uFFFC b \uFFFC c \uFFFCd\uFFFC e\uFFFCf \uFFFC g \uFFFC h \uFFFC i')
    const objects = sources(document, rendered).filter((_, index) => rendered.text[index] === '\uFFFC')
    assert.deepEqual(objects, [
      '`code`',
      '![alt](i.png)',
      '<span>',
      '</span>',
      '  \n',
      '<https://example.com>',
      'www.example.com',
      'https://x.org/a?b'
    ])
  })

  it('folds bare URLs even without GFM', () => {
    const document = 'see https://example.com/a now\n'
    const tree = remark().parse(document) as Root
    const rendered = renderedText(tree.children[0] as Paragraph, document)
    assert.equal(rendered?.text, 'see \uFFFC now')
  })

  it('reads headings and table cells', () => {
    assert.equal(render('# The *the* title #\n', 'heading').text, 'The the title')
    const table = '| a \\| b | c |\n| - | - |\n| d | e |\n'
    const cell = render(table, 'tableCell')
    assert.equal(cell.text, 'a | b')
    assert.deepEqual(sources(table, cell), ['a', ' ', '\\|', ' ', 'b'])
  })

  it('gives nothing for a block with a node without position', () => {
    const block: Paragraph = {type: 'paragraph', children: [{type: 'text', value: 'no position'}]}
    assert.equal(renderedText(block, 'no position'), undefined)
  })
})

describe('renderedSourceSpan', () => {
  it('widens over markup wholly inside the span', () => {
    const document = 'the **the** and the [*the* **x**](u) end\n'
    const rendered = render(document)
    assert.equal(spanOf(document, rendered, ' the'), ' **the**')
    assert.equal(spanOf(document, rendered, 'the x'), '[*the* **x**](u)')
  })

  it('refuses a span that cuts through markup', () => {
    const document = 'the [the docs](u) and **a b** c\n'
    const rendered = render(document)
    assert.equal(spanOf(document, rendered, ' the'), undefined)
    assert.equal(spanOf(document, rendered, 'the '), 'the ')
    assert.equal(spanOf(document, rendered, 'b c'), undefined)
    assert.equal(spanOf(document, rendered, 'a b'), '**a b**')
  })

  it('takes the lines between, quote markers included', () => {
    const document = '> a the\n> the b\n'
    const rendered = render(document)
    assert.equal(spanOf(document, rendered, '\nthe'), '\n> the')
  })

  it('refuses empty and out-of-range spans', () => {
    const rendered = render('abc\n')
    assert.equal(renderedSourceSpan(rendered, 1, 1), undefined)
    assert.equal(renderedSourceSpan(rendered, 2, 9), undefined)
  })
})

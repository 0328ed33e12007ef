/**
 * Property tests of raw HTML as scraped pages hold it: tag soup (stray,
 * unclosed and misnested tags, comments, CDATA, deep nesting, blank lines
 * that split an HTML block, markdown in between) with AdSense slots planted
 * between the pieces, and paragraphs of the post. Through the whole preset:
 * no rule fails, every message lies inside the document, every planted slot
 * is reported, and applying every fix keeps every paragraph of the post.
 * Seeds as in `property-parameters.ts`.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {applyFixes} from './lint.ts'
import {propertyParameters} from './property-parameters.ts'
import {assertSane, lintWithPreset} from './preset.ts'

/**
 * Elements of ordinary pages. Left out on purpose: elements whose content
 * is raw text or that change how what follows is read (`script`, `style`,
 * `textarea`, `title`, `pre`, `select`, `svg`, `math`, `template`): a slot
 * after an unclosed one is not an element any more, in a browser either.
 */
const tags = ['div', 'p', 'span', 'b', 'i', 'em', 'strong', 'a', 'font', 'center', 'section', 'ul', 'li', 'table', 'tr', 'td', 'h2', 'blockquote', 'br', 'img']

const attribute = fc.constantFrom('', ' class="post"', ' id="main"', ' style="color:red"', ' href="/local"', ' data-x=\'1\'', ' title="a > b"', ' hidden')
const words = fc.constantFrom('Text', 'of the post', 'Also read', 'Share this article', 'Latest videos from us', 'café', '&amp;', '&nbsp;', 'x < y', '')

/** One piece of soup. */
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...tags), attribute).map(([tag, attributes]) => '<' + tag + attributes + '>'),
  fc.constantFrom(...tags).map((tag) => '</' + tag + '>'),
  fc.constantFrom('</p></p>', '</br>', '<b><i>x</b></i>', '<p><div>x</p></div>', '<table><p>moved</table>', '<a href="/a"><a href="/b">'),
  fc.constantFrom('<!-- note -->', '<!-- ad slot below -->', '<![CDATA[ raw ]]>', '<!doctype html>', '<?php echo 1; ?>'),
  words,
  fc.integer({min: 1, max: 1200}).map((depth) => '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth))
)

/** A block of soup: pieces on one or more lines, never a blank line inside. */
const soupBlock = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '\n')), {minLength: 1, maxLength: 12}).map((parts) =>
  parts.map(([text, separator]) => text + separator).join('').replace(/\n+$/, '')
)

/** What stands between planted slots and paragraphs: soup, or markdown with a link. */
const block = fc.oneof({weight: 4, arbitrary: soupBlock}, {weight: 1, arbitrary: fc.constantFrom('*Emphasis* and [a link](/page).', '[Next](/next)')})

/** A paragraph of the post, which no fix may touch. */
const paragraph = (index: number) => 'Keep this paragraph, number ' + index + ', it is what the writer meant.'

const slot = (index: number) => '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="' + index + '"></ins>'

/** A document of soup with slots and paragraphs planted as blocks of their own: where each slot stands, and the paragraphs. */
const soupDocument = fc.array(fc.tuple(block, fc.constantFrom('slot', 'paragraph', 'none')), {minLength: 1, maxLength: 10}).map(function (blocks) {
  let document = ''
  const slots: Array<{start: number; end: number}> = []
  const paragraphs: string[] = []
  for (const [text, planted] of blocks) {
    document += text + '\n\n'
    if (planted === 'slot') {
      const value = slot(slots.length)
      slots.push({start: document.length, end: document.length + value.length})
      document += value + '\n\n'
    } else if (planted === 'paragraph') {
      paragraphs.push(paragraph(paragraphs.length))
      document += paragraphs[paragraphs.length - 1] + '\n\n'
    }
  }
  return {document, slots, paragraphs}
})

describe('preset on HTML soup', () => {
  it('never fails, places every message inside the document, and reports every planted slot', async () => {
    await fc.assert(
      fc.asyncProperty(soupDocument, async ({document, slots, paragraphs}) => {
        for (const gfm of [true, false]) {
          const result = await lintWithPreset(document, gfm)
          assertSane(result)
          const ads = result.messages.filter((message) => message.ruleId === 'no-ad-markup')
          for (const {start, end} of slots) {
            assert.ok(
              ads.some((message) => message.start! <= start && end <= message.end!),
              'slot at ' + start + ' not reported: ' + JSON.stringify(ads.map((message) => [message.start, message.end, message.reason]))
            )
          }
          const fixes = result.messages.flatMap(({start, end, expected}) => (start === undefined || end === undefined ? [] : [{start, end, expected}]))
          const fixed = applyFixes(result.source, fixes)
          for (const text of paragraphs) assert.ok(fixed.includes(text), JSON.stringify(text) + ' lost by a fix')
        }
      }),
      propertyParameters(50)
    )
  })
})

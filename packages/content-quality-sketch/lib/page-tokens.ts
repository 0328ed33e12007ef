import type {Nodes, Parents, Root} from 'mdast'
import {htmlTextRanges, rangesOutsideUrls, walk} from 'content-quality-core'
import {appendTokens} from './tokens.js'

/** Text beyond markdown prose that may count: raw HTML's visible text, code. */
export type ExtraText = 'html' | 'code'

/** Every kind of extra text, as options name them. */
export const extraTexts: readonly ExtraText[] = ['html', 'code']

/** Nodes whose text is a block of its own: shingles never run from one into the next. */
const blocks = new Set(['paragraph', 'heading', 'tableCell', 'code'])

/** Nodes whose children are phrasing: raw HTML inside them is part of their block. */
const phrasing = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement'])

/**
 * The tokens of a page's text, block by block in document order (a
 * paragraph, a heading, a table cell…: shingles never span two blocks, so
 * paragraphs moved around are still the same text): the text of its
 * markdown (headings, paragraphs, lists, tables, link text), without bare
 * URLs and e-mail addresses. Frontmatter never counts, so a page under a
 * new title is still the same page. Raw HTML (ad slots, banners, scraped
 * link lists) and code count only when `include` names them: then the
 * visible text of HTML (not tags, attributes, scripts or styles) and the
 * content of code.
 */
export function pageTokens(tree: Root, source: string, include: readonly ExtraText[] = []): string[][] {
  const html = include.includes('html')
  const code = include.includes('code')
  const runs: string[][] = []
  let run: string[] = []
  const startBlock = (): void => {
    if (run.length > 0) runs.push(run)
    run = []
  }
  walk(tree, function (node: Nodes, _index: number | undefined, parent: Parents | undefined) {
    if (blocks.has(node.type) || (node.type === 'html' && !(parent && phrasing.has(parent.type)))) startBlock()
    if (node.type === 'text') {
      for (const [start, end] of rangesOutsideUrls(node.value, 0, node.value.length)) appendTokens(node.value.slice(start, end), run)
    } else if (node.type === 'html') {
      if (html) for (const [start, end] of htmlTextRanges(node, source)) appendTokens(source.slice(start, end), run)
    } else if (node.type === 'code' || node.type === 'inlineCode') {
      if (code) appendTokens(node.value, run)
    }
    return undefined
  })
  startBlock()
  return runs
}

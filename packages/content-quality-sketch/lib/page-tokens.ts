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

/** Elements whose content is never prose (as `htmlTextRanges` reads HTML), and their closing tags. */
const nonProse = /^<(script|style|template|textarea)(?=[\s/>])[^>]*>/i
const closing: Record<string, RegExp> = {script: /<\/script\s*>/i, style: /<\/style\s*>/i, template: /<\/template\s*>/i, textarea: /<\/textarea\s*>/i}

/**
 * Which element hides the text after inline HTML `value`, given the one
 * that hid the text before it: an opening `<script>` (not closed in the same
 * node) starts hiding, its closing tag stops.
 */
function hiddenAfter(value: string, hidden: string | undefined): string | undefined {
  if (hidden !== undefined) return closing[hidden]!.test(value) ? undefined : hidden
  const opening = nonProse.exec(value)
  if (!opening || opening[0].endsWith('/>')) return undefined
  const name = opening[1]!.toLowerCase()
  return closing[name]!.test(value.slice(opening[0].length)) ? undefined : name
}

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
  // An inline `<script>` or `<style>` opened in a paragraph: its content is text nodes until the closing tag.
  let hidden: string | undefined
  walk(tree, function (node: Nodes, _index: number | undefined, parent: Parents | undefined) {
    const inlineHtml = node.type === 'html' && parent !== undefined && phrasing.has(parent.type)
    if (blocks.has(node.type) || (node.type === 'html' && !inlineHtml)) {
      startBlock()
      hidden = undefined
    }
    if (inlineHtml) hidden = hiddenAfter(node.value, hidden)
    if (hidden !== undefined) return undefined
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

/**
 * What the rule reads from a page: its leading heading, the heading's text
 * and the body text after it.
 */
import type {Heading, Nodes, Root, RootContent} from 'mdast'
import {htmlTextRanges, htmlUnits} from 'content-quality-core'

/**
 * The leading heading: the first heading, when no body content comes before
 * it. A page that opens with body text has none: its title is its headline
 * and the headings after the text are sections, whatever their depth.
 */
export function leadingHeading(tree: Root, source: string): Heading | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading') return node
    if (isBodyContent(node, source)) return undefined
  }
  return undefined
}

/** Paragraphs with text, lists, tables, block quotes, code and HTML with visible text are body content. */
function isBodyContent(node: RootContent, source: string): boolean {
  switch (node.type) {
    case 'paragraph':
      return plainText(node).trim() !== ''
    case 'html':
      return htmlTextRanges(node, source).some(([start, end]) => source.slice(start, end).trim() !== '')
    case 'list':
    case 'table':
    case 'blockquote':
    case 'code':
      return true
    default:
      return false
  }
}

/**
 * The text of a heading, without the ids and attributes documentation sites
 * write after it (`{#install}`, `{#install .unnumbered}`, `{: #install}`,
 * and `{/*install*\/}` of MDX, which markdown reads as `{/install/}` with
 * emphasis).
 */
export function headingText(heading: Heading): string {
  const text = plainText(heading).trim()
  const open = text.lastIndexOf('{')
  return open !== -1 && headingId.test(text.slice(open)) ? text.slice(0, open).trimEnd() : text
}

const headingId = /^\{(?:[#:.][^{}]*|\/[^{}]*\/)\}$/u

/** The text of a node: text and inline code, not raw HTML or image descriptions. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map((child) => plainText(child)).join('')
  return ''
}

/** Offsets of a heading's text (its first to its last child), tight around the words. */
export function textSpan(heading: Heading): [number, number] | undefined {
  const start = heading.children[0]?.position?.start.offset
  const end = heading.children[heading.children.length - 1]?.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/**
 * The body text after `heading`, across blocks, up to `limit` characters
 * (a bound on the cost): paragraphs, headings, lists, tables and quotes,
 * not code; the visible text of HTML too when `html` is set (on scraped
 * pages that text is mostly furniture: link lists, ads).
 */
export function bodyText(tree: Root, heading: Heading, source: string, limit: number, html: boolean): string {
  let text = ''
  for (let index = tree.children.indexOf(heading) + 1; index < tree.children.length; index++) {
    if (text.length >= limit) break
    const node = tree.children[index]!
    if (node.type === 'html') {
      if (html) for (const [start, end] of htmlTextRanges(node, source)) text += ' ' + source.slice(start, end)
    } else if (node.type === 'heading' || (isBodyContent(node, source) && node.type !== 'code')) {
      text += ' ' + blockText(node)
    }
  }
  return text.slice(0, limit)
}

/** Text of a block with spaces between its paragraphs and cells. */
function blockText(node: Nodes): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return plainText(node)
  return 'children' in node ? node.children.map((child) => blockText(child)).join(' ') : ''
}

/**
 * Whether `heading` stands inside an HTML or JSX element that an earlier
 * `html` node opens and does not close (`<Tabs>`, a blank line, the heading,
 * `</Tabs>`): a component's content, not the page's headline. Elements
 * whose tag closes itself (`<Intro />`) enclose nothing.
 */
export function insideElement(tree: Root, heading: Heading, source: string): boolean {
  const headingStart = heading.position?.start.offset
  if (headingStart === undefined) return false
  for (const unit of htmlUnits(tree, source)) {
    if (unit.start >= headingStart) break
    for (const node of unit.tree.children) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (node.type !== 'element' || start === undefined || end === undefined) continue
      if (start < headingStart && end > headingStart && !selfClosing.test(source.slice(start, source.indexOf('>', start) + 1))) {
        return true
      }
    }
  }
  return false
}

const selfClosing = /\/\s*>$/u

import type {Root} from 'mdast'
import {readFrontmatter} from './frontmatter.js'
import {htmlTextRanges} from './html.js'
import {rangesOutsideUrls} from './urls.js'
import {walk} from './walk.js'

/** Where a span of prose comes from. */
export type ProseKind = 'text' | 'frontmatter' | 'html'

/** A span of the document that is prose: read by people, not machines. */
export interface ProseRange {
  kind: ProseKind
  start: number
  end: number
}

/**
 * Prose ranges already computed for a tree, for every rule that reads prose
 * (today `no-mojibake`) and for a tree linted again.
 */
const computed = new WeakMap<Root, {source: string; ranges: ProseRange[]}>()

/**
 * Every span of `source` that is prose, in document order: markdown text
 * nodes, the alternative text of images, the visible text of raw HTML, and
 * string values of the frontmatter.
 * Code (inline and fenced), URLs (link destinations and bare URLs), HTML
 * attribute values and script content are not prose. Nodes without positions
 * are skipped. Computed once a tree; each call gets its own copy.
 */
export function proseRanges(tree: Root, source: string): ProseRange[] {
  let cached = computed.get(tree)
  if (!cached || cached.source !== source) {
    cached = {source, ranges: collectProseRanges(tree, source)}
    computed.set(tree, cached)
  }
  return cached.ranges.map((range) => ({...range}))
}

function collectProseRanges(tree: Root, source: string): ProseRange[] {
  const ranges: ProseRange[] = []
  const add = (kind: ProseKind, start: number, end: number): void => {
    for (const [from, to] of rangesOutsideUrls(source, start, end)) ranges.push({kind, start: from, end: to})
  }

  const frontmatter = readFrontmatter(tree, source)
  for (const string of frontmatter?.strings ?? []) add('frontmatter', string.start, string.end)

  walk(tree, function (node) {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) add('text', start, end)
    } else if (node.type === 'html') {
      for (const [start, end] of htmlTextRanges(node, source)) add('html', start, end)
    } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && source.startsWith('![', start)) {
        const labelEnd = closingBracket(source, start + 2, end)
        if (labelEnd !== undefined) add('text', start + 2, labelEnd)
      }
    }
    return undefined
  })

  return ranges
}

/**
 * Where the label that opens at `start` (after `![`) closes: the first `]`
 * outside backslash escapes and nested brackets, before `end`.
 */
function closingBracket(source: string, start: number, end: number): number | undefined {
  let depth = 0
  for (let index = start; index < end; index++) {
    const character = source.charAt(index)
    if (character === '\\') index++
    else if (character === '[') depth++
    else if (character === ']' && depth-- === 0) return index
  }
  return undefined
}

import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Html} from 'mdast'
import {parseHtml} from './parse-html.js'

/**
 * Parse the raw HTML of an `html` node as a fragment (`parseHtml`), never
 * throwing on bad markup; what lies deeper than `maximumNesting` elements is
 * left out. Positions in the result are relative to `node.value`.
 */
export function parseHtmlNode(node: Html): HastRoot {
  return parseHtml(node.value).tree
}

/** Elements whose text is not prose. */
const nonProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'textarea'])

/**
 * The spans of visible text inside an `html` node, as document offsets.
 * Attribute values and the content of script, style and code elements are
 * left out. Nodes whose value is not the exact source text (HTML nested in
 * block quotes or lists, where markdown strips the prefixes) yield nothing.
 * Found once a node and source; treat the result as read-only.
 */
export function htmlTextRanges(node: Html, source: string): Array<[number, number]> {
  const cached = textRanges.get(node)
  if (cached && cached.source === source) return cached.ranges
  const ranges = collectTextRanges(node, source)
  textRanges.set(node, {source, ranges})
  return ranges
}

/** Text ranges already found in an `html` node: three rules read them. */
const textRanges = new WeakMap<Html, {source: string; ranges: Array<[number, number]>}>()

function collectTextRanges(node: Html, source: string): Array<[number, number]> {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  if (source.slice(start, end) !== node.value) return []

  const ranges: Array<[number, number]> = []
  collect(parseHtmlNode(node))
  return ranges

  function collect(hast: HastNodes): void {
    if (hast.type === 'text') {
      const from = hast.position?.start.offset
      const to = hast.position?.end.offset
      if (from !== undefined && to !== undefined && to > from) ranges.push([start! + from, start! + to])
    } else if (hast.type === 'root' || (hast.type === 'element' && !nonProse.has((hast as Element).tagName))) {
      for (const child of hast.children) collect(child)
    }
  }
}

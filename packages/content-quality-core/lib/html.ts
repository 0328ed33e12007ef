import type {Element, Nodes as HastNodes} from 'hast'
import type {Html, Root} from 'mdast'
import {htmlUnitOf} from './html-units.js'

/** Elements whose text is not prose. */
const nonProse = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'textarea'])

/** Text ranges already found in an `html` node: three rules read them. */
const found = new WeakMap<Html, {source: string; ranges: Array<[number, number]>}>()

/**
 * The spans of visible text inside an `html` node of `tree`, as document
 * offsets, read from the HTML unit that holds the node (`htmlUnits`: the
 * HTML as a browser sees it, parsed once for every rule). Attribute values
 * and the content of script, style and code elements are left out, as is
 * what an element of an earlier node (an unclosed `<pre>`) takes in. Nodes
 * whose value is not the exact source text (HTML nested in block quotes or
 * lists, where markdown strips the prefixes) yield nothing. Found once a
 * node and source; treat the result as read-only.
 */
export function htmlTextRanges(tree: Root, node: Html, source: string): Array<[number, number]> {
  const cached = found.get(node)
  if (cached && cached.source === source) return cached.ranges
  const ranges = collectTextRanges(tree, node, source)
  found.set(node, {source, ranges})
  return ranges
}

function collectTextRanges(tree: Root, node: Html, source: string): Array<[number, number]> {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  if (source.slice(start, end) !== node.value) return []
  const unit = htmlUnitOf(tree, node, source)
  const ranges: Array<[number, number]> = []
  if (unit) collect(unit.tree)
  return ranges

  function collect(hast: HastNodes): void {
    if (hast.type === 'text') {
      // A text node of the unit may reach into the markdown or HTML around this node: only this node's part.
      const from = Math.max(hast.position?.start.offset ?? end!, start!)
      const to = Math.min(hast.position?.end.offset ?? start!, end!)
      if (to > from) ranges.push([from, to])
    } else if (hast.type === 'root' || (hast.type === 'element' && !nonProse.has((hast as Element).tagName))) {
      for (const child of hast.children) collect(child)
    }
  }
}

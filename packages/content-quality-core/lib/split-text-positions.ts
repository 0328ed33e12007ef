import type {Nodes, Parent, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import type {Location} from 'vfile-location'
import {sourceOf} from './byte-order-mark.js'
import {documentLocation} from './location.js'
import {walk} from './walk.js'

/**
 * remark plugin that places the nodes `remark-gfm` makes when it links a bare
 * URL after parsing (`[see https://example.com â€”]`): it splits a text node
 * into texts and links without positions, so rules cannot read that text and
 * remark-lint drops every message in it as a gap in the tree. A run of such
 * siblings fills the source after its placed neighbour (or before the next
 * one); it is placed there when it reads exactly as that source, and left
 * alone otherwise (escapes, character references, indented lines). Put it
 * after `remarkRejectDeepNesting` and before `remark-lint`.
 */
export function remarkPlaceSplitText() {
  return function (tree: Root, file: VFile): undefined {
    const source = sourceOf(file)
    walk(tree, function (node) {
      if ('children' in node) placeRuns(node, source)
      return undefined
    })
  }
}

/** Place each run of children of `parent` without positions that reads as its source. */
function placeRuns(parent: Parent, source: string): void {
  const parentStart = parent.position?.start.offset
  const parentEnd = parent.position?.end.offset
  if (parentStart === undefined || parentEnd === undefined) return
  const {children} = parent
  let index = 0
  while (index < children.length) {
    if (isPlaced(children[index]!)) {
      index++
      continue
    }
    const first = index
    while (index < children.length && !isPlaced(children[index]!)) index++
    const run = children.slice(first, index) as Nodes[]
    const value = run.map((node) => toString(node)).join('')
    const before = children[first - 1]?.position?.end.offset
    const after = children[index]?.position?.start.offset
    const start = before ?? (after === undefined ? source.indexOf(value, parentStart) : after - value.length)
    const end = start + value.length
    if (start < parentStart || end > (after ?? parentEnd) || source.slice(start, end) !== value) continue
    // Lines are counted only in a document that has such a run.
    const place = documentLocation(source)
    let offset = start
    for (const node of run) offset = placeNode(node, offset, place)
  }

  /** Give `node` and its descendants the source from `offset` on; returns where it ends. */
  function placeNode(node: Nodes, offset: number, place: Location): number {
    const end = offset + toString(node).length
    node.position = {start: place.toPoint(offset)!, end: place.toPoint(end)!}
    let cursor = offset
    if ('children' in node) for (const child of node.children) cursor = placeNode(child, cursor, place)
    return end
  }
}

/** Whether `node` has offsets. */
function isPlaced(node: Nodes | Parent['children'][number]): boolean {
  return node.position?.start.offset !== undefined && node.position.end.offset !== undefined
}

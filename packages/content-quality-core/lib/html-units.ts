import type {Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Html, Nodes, Parent, Root, RootContent} from 'mdast'
import {fromHtml} from 'hast-util-from-html'
import {walk} from './walk.js'

/**
 * One piece of raw HTML as a browser would see it: the `html` nodes of one
 * parent that belong together, parsed as a single fragment. Markdown splits
 * an HTML block at blank lines and lets markdown stand inside it (`<div>`,
 * a blank line, a markdown link, `</div>`); a unit joins those parts again.
 */
export interface HtmlUnit {
  /** Offset of the unit's first character in the document. */
  start: number
  /** Offset just past the unit's last character. */
  end: number
  /** The markdown nodes the unit spans, `html` and others, in order. */
  nodes: RootContent[]
  /**
   * The parsed HTML (parse5, through `hast-util-from-html`). Every position
   * is a real place in the document; the markdown between `html` nodes reads
   * as white space, so an element that encloses markdown spans it.
   */
  tree: HastRoot
}

const cache = new WeakMap<Root, {source: string; units: HtmlUnit[]}>()

/**
 * The raw HTML of a document as units, in document order. Each `html` node
 * belongs to exactly one unit and every unit is parsed once; a unit may
 * enclose markdown that holds units of its own (inline HTML of a paragraph
 * inside a `<div>`), whose HTML it reads as white space; the result is
 * cached per tree, so rules that share a tree share the parse. Nodes without
 * positions are skipped. Treat the result as read-only.
 */
export function htmlUnits(tree: Root, source: string): HtmlUnit[] {
  const cached = cache.get(tree)
  if (cached && cached.source === source) return cached.units

  const toPoint = pointFinder(source)
  const units: HtmlUnit[] = []
  walk(tree, function (node) {
    if ('children' in node && node.children.some((child) => child.type === 'html')) {
      units.push(...unitsOf(node as Parent, source, toPoint))
    }
  })
  units.sort((a, b) => a.start - b.start)
  cache.set(tree, {source, units})
  return units
}

type Point = {line: number; column: number; offset?: number}
type ToPoint = (point: Point, offset: number) => void

/**
 * Set a point to the line and column of an offset. Positions are asked for in nearly document
 * order, so the search walks from the last answer instead of bisecting: the
 * cost stays the same per position however long the document is.
 */
function pointFinder(source: string): ToPoint {
  const lineStarts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1)
  }
  let line = 0
  return function (point, offset) {
    while (line > 0 && lineStarts[line]! > offset) line--
    while (line < lineStarts.length - 1 && lineStarts[line + 1]! <= offset) line++
    point.line = line + 1
    point.column = offset - lineStarts[line]! + 1
    point.offset = offset
  }
}

/** Parse the HTML of one parent at once, then cut it into units. */
function unitsOf(parent: Parent, source: string, toPoint: ToPoint): HtmlUnit[] {
  const children = parent.children.filter(hasOffsets)
  const htmlChildren = children.filter((child): child is Html => child.type === 'html')
  if (htmlChildren.length === 0) return []

  const {text, pieces} = htmlOnly(htmlChildren, source)
  const parsed = fromHtml(text, {fragment: true})
  shift(parsed, pieces, toPoint)

  // Top-level HTML nodes that reach over markdown tie it to their unit.
  const reaches: Array<[number, number]> = []
  for (const node of parsed.children) {
    if (node.type === 'element' && node.position) {
      reaches.push([node.position.start.offset!, node.position.end.offset!])
    }
  }

  const units: HtmlUnit[] = []
  let current: RootContent[] = []
  let topLevel = 0
  const close = (): void => {
    while (current.length > 0 && current[current.length - 1]!.type !== 'html') current.pop()
    if (current.length > 0) {
      const unit = makeUnit(current)
      // Units and top-level nodes are both in document order: hand them out in one pass.
      while (topLevel < parsed.children.length && startOf(parsed.children[topLevel]!) < unit.start) topLevel++
      while (topLevel < parsed.children.length && startOf(parsed.children[topLevel]!) < unit.end) {
        unit.tree.children.push(parsed.children[topLevel]!)
        topLevel++
      }
      units.push(unit)
    }
    current = []
  }
  let reach = 0
  for (const child of children) {
    const childStart = child.position!.start.offset!
    while (reach < reaches.length && reaches[reach]![1] <= childStart) reach++
    if (child.type === 'html') {
      current.push(child)
    } else if (current.length > 0 && isReachedOver(child, reaches[reach])) {
      current.push(child)
    } else {
      close()
    }
  }
  close()
  return units
}

function hasOffsets(node: RootContent): boolean {
  return node.position?.start.offset !== undefined && node.position.end.offset !== undefined
}

/** Where a piece of the parsed text stands in the parsed text and in the document. */
interface Piece {
  parsedStart: number
  documentStart: number
  documentLength: number
}

/**
 * The raw HTML of `nodes` as one text to parse, and where its pieces stand in
 * the document. What lies between the nodes (markdown, or nothing) is one
 * white-space character: the parser sees the HTML as a browser would, and
 * the work is the HTML's size, not the document's. Where markdown stripped a
 * prefix from the node's lines (`> ` in a block quote, list indentation),
 * each line of the value is put back at its place.
 */
function htmlOnly(nodes: Html[], source: string): {text: string; pieces: Piece[]} {
  const parts: string[] = []
  const pieces: Piece[] = []
  let parsedLength = 0
  let cursor = -1
  const add = (part: string, documentStart: number, documentLength: number): void => {
    pieces.push({parsedStart: parsedLength, documentStart, documentLength})
    parts.push(part)
    parsedLength += part.length
  }
  for (const node of nodes) {
    const start = node.position!.start.offset!
    const end = node.position!.end.offset!
    if (cursor !== -1 && start > cursor) {
      add(source.slice(cursor, start).includes('\n') ? '\n' : ' ', cursor, start - cursor)
    }
    add(source.slice(start, end) === node.value ? node.value : placeLines(node.value, source, start, end), start, end - start)
    cursor = end
  }
  return {text: parts.join(''), pieces}
}

/** Put each line of `value` back at the end of its source line, blanking the stripped prefix. */
function placeLines(value: string, source: string, start: number, end: number): string {
  const lines: string[] = []
  let lineStart = start
  for (const line of value.split('\n')) {
    const breakAt = source.indexOf('\n', lineStart)
    const lineEnd = breakAt === -1 || breakAt > end ? end : breakAt
    const sourceLine = source.slice(lineStart, lineEnd)
    lines.push(sourceLine.endsWith(line) ? blank(sourceLine.slice(0, sourceLine.length - line.length)) + line : blank(sourceLine))
    lineStart = lineEnd + 1
  }
  return lines.join('\n').slice(0, end - start)
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ')
}

/** Move every position of `tree` from the parsed text to the document, with lines and columns. */
function shift(tree: HastRoot, pieces: Piece[], toPoint: ToPoint): void {
  // Walk from the last piece found, as positions come in nearly document order.
  let at = 0
  const toDocument = (offset: number): number => {
    while (at > 0 && pieces[at]!.parsedStart > offset) at--
    while (at < pieces.length - 1 && pieces[at + 1]!.parsedStart <= offset) at++
    const piece = pieces[at]!
    return piece.documentStart + Math.min(offset - piece.parsedStart, piece.documentLength)
  }
  walk(tree, function (node) {
    const position = node.position
    if (!position) return
    toPoint(position.start, toDocument(position.start.offset!))
    toPoint(position.end, toDocument(position.end.offset!))
  })
}

/** Whether the HTML element spanning `reach` starts before `node` and ends after it. */
function isReachedOver(node: Nodes, reach: [number, number] | undefined): boolean {
  return reach !== undefined && reach[0] < node.position!.start.offset! && reach[1] > node.position!.end.offset!
}

function startOf(node: HastContent): number {
  return node.position?.start.offset ?? -1
}

function makeUnit(nodes: RootContent[]): HtmlUnit {
  const first = nodes[0]!.position!
  const last = nodes[nodes.length - 1]!.position!
  return {
    start: first.start.offset!,
    end: last.end.offset!,
    nodes,
    tree: {type: 'root', children: [], position: {start: first.start, end: last.end}}
  }
}

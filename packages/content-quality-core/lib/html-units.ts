import type {Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Html, Nodes, Parent, Root, RootContent} from 'mdast'
import {fromHtml} from 'hast-util-from-html'
import {location} from 'vfile-location'
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

/**
 * The raw HTML of a document as units, parsed one group at a time as the
 * loop asks for them: parents in the order of their first `html` child, each
 * parent's units in document order. Each `html` node belongs to exactly one
 * unit and is parsed once, unless an element left open makes its group grow
 * (see `unitsOf`); a unit may enclose markdown that holds units of its own
 * (inline HTML of a paragraph inside a `<div>`), whose HTML it reads as white
 * space. Nothing is kept: a unit's tree is garbage once the loop moves on,
 * unless the caller keeps it, so memory and time per byte stay flat on
 * documents full of HTML. Nodes without positions are skipped.
 */
export function* htmlUnits(tree: Root, source: string): Generator<HtmlUnit, void, undefined> {
  const htmlIndicesOf = new Map<Parent, number[]>()
  walk(tree, function (node, index, parent) {
    if (node.type === 'html') {
      if (!parent || index === undefined || !hasOffsets(node)) return
      const indices = htmlIndicesOf.get(parent)
      if (indices) indices.push(index)
      else htmlIndicesOf.set(parent, [index])
    }
  })
  const toPoint = pointSetter(source)
  for (const [parent, htmlIndices] of htmlIndicesOf) {
    yield* unitsOf(parent.children as RootContent[], htmlIndices, source, toPoint)
  }
}

type Point = {line: number; column: number; offset?: number}
type ToPoint = (point: Point, offset: number) => void

/** Set a point to the line and column of an offset (`vfile-location`, which knows every line ending). */
function pointSetter(source: string): ToPoint {
  const place = location(source)
  return function (point, offset) {
    const found = place.toPoint(offset)!
    point.line = found.line
    point.column = found.column
    point.offset = offset
  }
}

/**
 * The units among the children of one parent. The HTML is parsed in groups
 * of `html` nodes that leave nothing open: a group starts with a few
 * kilobytes of HTML (`smallestGroup`) and grows to twice as much until the
 * parser has closed everything it opened (an unclosed `<div>` takes in what
 * follows, as a browser would). Growing by doubling keeps all the parsing
 * under twice the HTML's size, and a document of many small blocks costs the
 * same per byte as a short one. Each group is then cut into units.
 */
function* unitsOf(
  children: RootContent[],
  htmlIndices: number[],
  source: string,
  toPoint: ToPoint
): Generator<HtmlUnit, void, undefined> {

  const lengthOf = (index: number): number => {
    const position = children[htmlIndices[index]!]!.position!
    return position.end.offset! - position.start.offset!
  }
  let taken = 0
  while (taken < htmlIndices.length) {
    let end = taken + 1
    let length = lengthOf(taken)
    while (end < htmlIndices.length && length < smallestGroup) length += lengthOf(end++)
    let group: RootContent[]
    let parsed: Parsed | undefined
    for (;;) {
      group = children.slice(htmlIndices[taken], htmlIndices[end - 1]! + 1)
      // The last group of a parent needs no check: nothing follows it.
      parsed = parseGroup(group, source, end < htmlIndices.length)
      if (parsed) break
      // Left open: grow the group to at least twice as much HTML.
      const target = 2 * length
      do length += lengthOf(end++)
      while (end < htmlIndices.length && length < target)
    }
    taken = end
    shift(parsed.tree, parsed.pieces, toPoint)
    yield* cut(group, parsed.tree)
  }
}

/**
 * Characters of HTML a group starts with: small blocks are parsed a few
 * together, so the cost of each parse (and of the mark that tells whether
 * anything is left open) is shared, while a group's tree stays small.
 */
const smallestGroup = 2048

/** A group's parse and where its pieces stand in the document. */
interface Parsed {
  tree: HastRoot
  pieces: Piece[]
}

/**
 * An element put after a group's HTML when it must be closed: it lands at
 * the top level, after everything else, only if nothing is left open. The
 * parser itself decides, with all its rules: raw text (`<script>`), comments,
 * tables, `<select>`, foreign content, a tag cut off, formatting elements it
 * would open again (`<div><b>x</div>` wraps what follows in a new `<b>`).
 */
const endMark = 'content-quality-end'

/** Parse the HTML of a group; `undefined` when `closed` is asked for and something is left open. */
function parseGroup(group: RootContent[], source: string, closed: boolean): Parsed | undefined {
  const {text, pieces} = htmlOnly(group.filter(isHtml), source)
  const tree = fromHtml(closed ? text + '<' + endMark + '></' + endMark + '>' : text, {fragment: true})
  if (closed) {
    const last = tree.children[tree.children.length - 1]
    if (last?.type !== 'element' || last.tagName !== endMark || last.position?.start.offset !== text.length) return undefined
    tree.children.pop()
  }
  return {tree, pieces}
}

/** Cut a parsed group into units: markdown between `html` nodes joins a unit only when an element reaches over it. */
function* cut(group: RootContent[], parsed: HastRoot): Generator<HtmlUnit, void, undefined> {
  // Top-level HTML nodes that reach over markdown tie it to their unit.
  const reaches: Array<[number, number]> = []
  for (const node of parsed.children) {
    if (node.type === 'element' && node.position) {
      reaches.push([node.position.start.offset!, node.position.end.offset!])
    }
  }

  let current: RootContent[] = []
  let topLevel = 0
  const close = (): HtmlUnit | undefined => {
    while (current.length > 0 && current[current.length - 1]!.type !== 'html') current.pop()
    let unit: HtmlUnit | undefined
    if (current.length > 0) {
      unit = makeUnit(current)
      // Units and top-level nodes are both in document order: hand them out in one pass.
      while (topLevel < parsed.children.length && startOf(parsed.children[topLevel]!) < unit.start) topLevel++
      while (topLevel < parsed.children.length && startOf(parsed.children[topLevel]!) < unit.end) {
        unit.tree.children.push(parsed.children[topLevel]!)
        topLevel++
      }
    }
    current = []
    return unit
  }
  let reach = 0
  for (const child of group) {
    if (!hasOffsets(child)) continue
    const childStart = child.position!.start.offset!
    while (reach < reaches.length && reaches[reach]![1] <= childStart) reach++
    if (child.type === 'html') {
      current.push(child)
    } else if (current.length > 0 && isReachedOver(child, reaches[reach])) {
      current.push(child)
    } else {
      const unit = close()
      if (unit) yield unit
    }
  }
  const unit = close()
  if (unit) yield unit
}

function hasOffsets(node: RootContent): boolean {
  return node.position?.start.offset !== undefined && node.position.end.offset !== undefined
}

/** An `html` node with offsets: nodes without them are left out. */
function isHtml(node: RootContent): node is Html {
  return node.type === 'html' && hasOffsets(node)
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

import type {Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Html, Parent, Root, RootContent} from 'mdast'
import {location, type Location} from 'vfile-location'
import {documentLocation} from './location.js'
import {parseHtml} from './parse-html.js'
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
   * The parsed HTML (`parseHtml`: parse5, as hast). Every position
   * is a real place in the document; the markdown between `html` nodes reads
   * as white space, so an element that encloses markdown spans it. Elements
   * the parser makes up (`</p>` with no `<p>` open, `</br>`) have none.
   */
  tree: HastRoot
  /**
   * The start tag of the first element left out for lying deeper than
   * `maximumNesting` elements (`parseHtml`), in document offsets.
   */
  cut?: {start: number; end: number}
}

/** Units already read for a tree: every rule that reads HTML gets the same, parsed once. */
const read = new WeakMap<Root, {source: string; units: HtmlUnit[]}>()

/**
 * The raw HTML of a document as units. Each `html` node belongs to exactly
 * one unit. The first loop that reads them all parses them (see
 * `readUnits`); every later loop over the same tree and source (the next
 * rule) gets the same units without parsing anything again, so treat them
 * as read-only. Units of one parent come in document order; a unit that
 * encloses markdown holding HTML of its own (inline HTML of a paragraph
 * inside a `<div>`) comes after that HTML's units, and reads it as white
 * space. Nodes without positions are skipped.
 *
 * A rule that reads other nodes too passes `visit`: it is called on each
 * node below the root, in document order, before the units holding that
 * node's HTML (while the units are being read, in the same walk; once they
 * are known, in one walk before them all). When it returns `false`, it is
 * not called on the node's descendants; the units still hold their HTML.
 */
export function* htmlUnits(tree: Root, source: string, visit?: Visit): Generator<HtmlUnit, void, undefined> {
  const cached = read.get(tree)
  if (cached && cached.source === source) {
    if (visit) visitBelow(tree, visit)
    yield* cached.units
    return
  }
  const units: HtmlUnit[] = []
  for (const unit of readUnits(tree, source, visit)) {
    units.push(unit)
    yield unit
  }
  // Only a loop that read them all leaves them for the next.
  read.set(tree, {source, units})
}

/** Call `visit` on every node below `parent`, in document order, skipping the descendants of a node it returns `false` for. */
function visitBelow(parent: Parent, visit: Visit): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (visit(child, index, parent) !== false && 'children' in child && child.children.length > 0) visitBelow(child, visit)
  }
}

/**
 * Read the units of a document, parsing one group at a time as the loop
 * asks for them. Each `html` node is parsed once, unless an element left
 * open makes its group grow (see `smallestGroup`). The tree is walked once,
 * and each group is parsed as soon as the walk has met enough of its HTML,
 * while its nodes are still in the processor's cache: on a megabyte of
 * markdown the tree is larger than the cache, and reading it a second time
 * would cost more than the parsing.
 */
function* readUnits(tree: Root, source: string, visit?: Visit): Generator<HtmlUnit, void, undefined> {
  const place = documentLocation(source)
  const stack: Frame[] = [frameOf(tree, visit !== undefined)]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.next === frame.children.length) {
      stack.pop()
      if (frame.group.length > 0) yield* unitsOf(frame, source, place, false)!
      continue
    }
    const index = frame.next++
    const child = frame.children[index]!
    const visited = frame.visited && visit!(child, index, frame.parent) !== false
    if (child.type === 'html') {
      if (!hasOffsets(child)) continue
      frame.group.push(index)
      frame.length += child.position!.end.offset! - child.position!.start.offset!
      if (frame.length < frame.target) continue
      const units = unitsOf(frame, source, place, true)
      if (units) yield* units
    } else if ('children' in child && child.children.length > 0) {
      stack.push(frameOf(child, visited))
    }
  }
}

/**
 * Characters of HTML a group starts with: small blocks are parsed a few
 * together, so the cost of each parse (and of the mark that tells whether
 * anything is left open) is shared, while a group's tree stays small. A
 * group the parser leaves open (an unclosed `<div>` takes in what follows,
 * as a browser would) grows to twice as much HTML before it is tried again,
 * which keeps all the parsing under twice the HTML's size.
 */
const smallestGroup = 2048

/** Called on a node the walk meets; `false` skips its descendants. */
export type Visit = (node: RootContent, index: number, parent: Parent) => boolean | undefined

/** A parent being walked, and the indices of its `html` children not parsed yet. */
interface Frame {
  parent: Parent
  children: RootContent[]
  /** Whether `visit` is called on the children. */
  visited: boolean
  /** Index of the next child to visit. */
  next: number
  group: number[]
  /** Characters of HTML in `group`. */
  length: number
  /** Characters of HTML at which `group` is parsed. */
  target: number
}

function frameOf(parent: Parent, visited: boolean): Frame {
  return {parent, children: parent.children as RootContent[], visited, next: 0, group: [], length: 0, target: smallestGroup}
}

type Point = {line: number; column: number; offset?: number}
type ToPoint = (point: Point, offset: number) => void

/**
 * Set a point to the line and column of an offset from `start` to `end`
 * (`vfile-location`, which knows every line ending). Lines are counted in
 * that stretch of the document, from where it starts in `place`: finding
 * one costs as much in a long document as in a short one.
 */
function pointSetter(source: string, place: Location, start: number, end: number): ToPoint {
  const origin = place.toPoint(start)!
  const local = location(source.slice(start, end))
  return function (point, offset) {
    const found = local.toPoint(offset - start)!
    point.line = origin.line + found.line - 1
    point.column = found.line === 1 ? origin.column + found.column - 1 : found.column
    point.offset = offset
  }
}

/**
 * Parse the group of a frame and cut it into units, emptying the group. When
 * `closed` is asked for and the parser leaves something open, nothing is
 * parsed for good: `undefined`, and the group waits for twice as much HTML.
 * The last group of a parent needs no check: nothing follows it.
 */
function unitsOf(frame: Frame, source: string, place: Location, closed: boolean): Generator<HtmlUnit, void, undefined> | undefined {
  const nodes = frame.group.map((index) => frame.children[index] as Html)
  const parsed = parseGroup(nodes, source, closed)
  if (!parsed) {
    frame.target = 2 * frame.length
    return undefined
  }
  const group = frame.group
  frame.group = []
  frame.length = 0
  frame.target = smallestGroup
  const last = parsed.pieces[parsed.pieces.length - 1]!
  const toDocument = documentOffsets(parsed.pieces)
  shift(parsed.tree, toDocument, pointSetter(source, place, parsed.pieces[0]!.documentStart, last.documentStart + last.documentLength))
  if (parsed.cut) parsed.cut = {start: toDocument(parsed.cut.start), end: toDocument(parsed.cut.end)}
  return cut(frame.children, group, parsed)
}

/** A group's parse, where its pieces stand in the document, and where it was cut for depth (`parseHtml`). */
interface Parsed {
  tree: HastRoot
  pieces: Piece[]
  cut: HtmlUnit['cut']
}

/**
 * An element put after a group's HTML when it must be closed: it lands at
 * the top level, after everything else, only if nothing is left open. The
 * parser itself decides, with all its rules: raw text (`<script>`), comments,
 * tables, `<select>`, foreign content, a tag cut off, formatting elements it
 * would open again (`<div><b>x</div>` wraps what follows in a new `<b>`).
 */
const endMark = 'content-quality-end'

/** Parse the HTML of `nodes`; `undefined` when `closed` is asked for and something is left open. */
function parseGroup(nodes: Html[], source: string, closed: boolean): Parsed | undefined {
  const {text, pieces} = htmlOnly(nodes, source)
  const {tree, cut} = parseHtml(closed ? text + '<' + endMark + '></' + endMark + '>' : text)
  if (closed) {
    const last = tree.children[tree.children.length - 1]
    if (last?.type !== 'element' || last.tagName !== endMark || last.position?.start.offset !== text.length) return undefined
    tree.children.pop()
  }
  return {tree, pieces, cut}
}

/**
 * Cut a parsed group (the `html` children of `children` at `group`) into
 * units. Markdown between two `html` nodes joins their unit only when one
 * top-level element reaches over all of it; only the first and last
 * markdown node of each stretch are read. The parser does not keep to
 * document order: it moves what a table may not hold before the table
 * (`<table><p>x</table>`), opens a formatting element again from where its
 * first tag starts (`<div><b>x</div>y`), and makes up elements with no
 * position at all (`</p>` with no `<p>` open is an empty `<p>`, `</br>` a
 * `<br>`).
 */
function* cut(children: RootContent[], group: number[], parsed: Parsed): Generator<HtmlUnit, void, undefined> {
  const top = parsed.tree.children
  const elements = reachingElements(top)
  // The elements that start before the markdown looked at, and how far the furthest of them ends.
  let started = 0
  let reach = -1
  let topLevel = 0
  let first = 0
  for (let at = 0; at < group.length; at++) {
    const index = group[at]!
    const next = group[at + 1]
    // Nothing between this node and the next: the unit goes on.
    if (next === index + 1) continue
    if (next !== undefined) {
      // Markdown between them: the unit goes on if one top-level element starts before it and ends after it
      // (an element the next tag closes, as `<li>` or `<p>`, ends where the next node starts).
      const markdownStart = children[index + 1]!.position?.start.offset ?? children[index]!.position!.end.offset!
      const markdownEnd = children[next - 1]!.position?.end.offset ?? children[next]!.position!.start.offset!
      while (started < elements.length && startOf(elements[started]!) < markdownStart) {
        reach = Math.max(reach, endOf(elements[started++]!))
      }
      if (reach > markdownEnd) continue
    }
    const unit = makeUnit(children.slice(group[first], index + 1))
    // Units and top-level nodes are both in document order, but for what the parser moved or made up
    // inside one unit: hand them out in one pass.
    while (topLevel < top.length && endsBy(top[topLevel]!, unit.start)) topLevel++
    while (topLevel < top.length && startsBefore(top[topLevel]!, unit.end)) {
      const node = top[topLevel++]!
      // A node that starts before the unit but ends in it (text after a stray end tag, merged with the white
      // space that stands for the markdown before) belongs to it, and starts where the unit starts.
      if (node.position && startOf(node) < unit.start) node.position.start = {...unit.tree.position!.start}
      unit.tree.children.push(node)
    }
    if (parsed.cut && unit.start <= parsed.cut.start && parsed.cut.start < unit.end) unit.cut = parsed.cut
    yield unit
    first = at + 1
  }
}

/**
 * The top-level elements, which alone can reach over markdown (text the
 * parser moved before a table starts later), in the order they start:
 * one moved before a table comes after it. Elements without a position
 * reach over nothing.
 */
function reachingElements(top: HastContent[]): HastContent[] {
  return top.filter((node) => node.type === 'element' && node.position).sort((a, b) => startOf(a) - startOf(b))
}

/**
 * Whether a top-level node ends at or before `offset`, so that no unit from
 * there on holds it. A node without a position (one the parser made up) goes
 * with the nodes around it: to the unit being filled when the pass meets it.
 */
function endsBy(node: HastContent, offset: number): boolean {
  return node.position !== undefined && endOf(node) <= offset
}

/** Whether a top-level node starts before `offset`; a node without a position goes with the nodes around it. */
function startsBefore(node: HastContent, offset: number): boolean {
  return node.position === undefined || startOf(node) < offset
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

/** The document offset of each offset in the parsed text of `pieces`. */
function documentOffsets(pieces: Piece[]): (offset: number) => number {
  // Walk from the last piece found, as positions come in nearly document order.
  let at = 0
  return function (offset) {
    while (at > 0 && pieces[at]!.parsedStart > offset) at--
    while (at < pieces.length - 1 && pieces[at + 1]!.parsedStart <= offset) at++
    const piece = pieces[at]!
    return piece.documentStart + Math.min(offset - piece.parsedStart, piece.documentLength)
  }
}

/** Move every position of `tree` from the parsed text to the document, with lines and columns. */
function shift(tree: HastRoot, toDocument: (offset: number) => number, toPoint: ToPoint): void {
  walk(tree, function (node) {
    const position = node.position
    if (!position) return
    toPoint(position.start, toDocument(position.start.offset!))
    toPoint(position.end, toDocument(position.end.offset!))
  })
}

/** Where a node starts in the document; -1 without a position (see `endsBy`). */
function startOf(node: HastContent): number {
  return node.position?.start.offset ?? -1
}

/** Where a node ends in the document; -1 without a position. */
function endOf(node: HastContent): number {
  return node.position?.end.offset ?? -1
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

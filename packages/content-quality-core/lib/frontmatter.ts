import type {Root} from 'mdast'
import {parse as parseToml, TomlError} from 'smol-toml'
import {isMap, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml'

/** A string value of the frontmatter and where its text stands in the document. */
export interface FrontmatterString {
  /** Dotted key path, such as `title` or `seo.description`. */
  key: string
  /** The parsed value. */
  value: string
  /** Offset of the value's raw text (quotes excluded) in the document. */
  start: number
  /** Offset just past the value's raw text. */
  end: number
}

/** A frontmatter block that could not be parsed. */
export interface FrontmatterError {
  /** The parser's own reason. */
  reason: string
  /** Offset in the document where the parser gave up. */
  start: number
  end: number
}

/** The frontmatter of a document, parsed with a real YAML or TOML parser. */
export interface Frontmatter {
  kind: 'yaml' | 'toml'
  /** Offset of the first character of the frontmatter body (after the fence line). */
  bodyStart: number
  /** The parsed data, or `undefined` when it does not parse. */
  data: unknown
  /** Every string value, in document order. */
  strings: FrontmatterString[]
  /** Parse errors, empty when the frontmatter is well-formed. */
  errors: FrontmatterError[]
}

/** Frontmatter already read for a tree: prose ranges and `title-heading-match` both need it. */
const read = new WeakMap<Root, {source: string; frontmatter: Frontmatter | undefined}>()

/**
 * Find and parse the frontmatter node that `remark-frontmatter` put at the
 * start of `tree`; `undefined` when there is none (or it has no position).
 * Parsed once a tree and source; treat the result as read-only.
 */
export function readFrontmatter(tree: Root, source: string): Frontmatter | undefined {
  const cached = read.get(tree)
  if (cached && cached.source === source) return cached.frontmatter
  const frontmatter = parseFrontmatter(tree, source)
  read.set(tree, {source, frontmatter})
  return frontmatter
}

function parseFrontmatter(tree: Root, source: string): Frontmatter | undefined {
  const node = tree.children[0]
  if (!node || (node.type !== 'yaml' && node.type !== ('toml' as string))) return undefined
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined

  // The body lies between the opening and closing fence lines, whatever the
  // line endings (LF, CRLF or CR).
  const opening = /\r\n?|\n/g
  opening.lastIndex = start
  const firstBreak = opening.exec(source)
  if (!firstBreak || firstBreak.index >= end) return undefined
  const bodyStart = firstBreak.index + firstBreak[0].length
  const closingFence = Math.max(source.lastIndexOf('\n', end - 1), source.lastIndexOf('\r', end - 1))
  const bodyEnd = Math.max(bodyStart, closingFence + 1)
  // YAML and TOML parsers know LF and CRLF only; a lone CR becomes LF, which
  // keeps every offset.
  const body = source.slice(bodyStart, bodyEnd).replace(/\r(?!\n)/g, '\n')

  return node.type === 'yaml' ? readYaml(body, bodyStart) : readToml(body, bodyStart)
}

function readYaml(body: string, bodyStart: number): Frontmatter {
  const document = parseDocument(body, {prettyErrors: false, uniqueKeys: false})
  const errors = document.errors.map((error) => ({
    reason: error.message.split('\n')[0] ?? error.message,
    start: bodyStart + error.pos[0],
    end: bodyStart + Math.max(error.pos[0], error.pos[1])
  }))
  const strings: FrontmatterString[] = []
  collectYamlStrings(document.contents, '', body, bodyStart, strings)
  let data: unknown
  if (errors.length === 0) {
    try {
      data = document.toJS({maxAliasCount: 100})
    } catch (error) {
      errors.push({reason: String((error as Error).message), start: bodyStart, end: bodyStart})
    }
  }
  return {kind: 'yaml', bodyStart, data, strings, errors}
}

function collectYamlStrings(
  node: YamlNode | null | undefined | unknown,
  key: string,
  body: string,
  bodyStart: number,
  strings: FrontmatterString[]
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '?'
      collectYamlStrings(pair.value, key ? key + '.' + name : name, body, bodyStart, strings)
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      collectYamlStrings(item, key + '[' + index + ']', body, bodyStart, strings)
    })
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    let [start, end] = node.range
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      start += 1
      end -= 1
    }
    if (end > start) {
      strings.push({key, value: node.value, start: bodyStart + start, end: bodyStart + end})
    }
  }
}

function readToml(body: string, bodyStart: number): Frontmatter {
  let data: unknown
  try {
    data = parseToml(body)
  } catch (error) {
    const offset = error instanceof TomlError ? offsetOf(body, error.line, error.column) : 0
    const reason = String((error as Error).message).split('\n')[0] ?? 'Invalid TOML'
    return {
      kind: 'toml',
      bodyStart,
      data: undefined,
      strings: [],
      errors: [{reason, start: bodyStart + offset, end: bodyStart + offset}]
    }
  }

  // smol-toml gives no positions: find each string's quoted literal in order.
  // Strings whose literal differs from the value (escapes) are left out.
  const strings: FrontmatterString[] = []
  let cursor = 0
  for (const [key, value] of tomlStrings(data, '')) {
    if (value.length === 0) continue
    const index = nearest(body.indexOf('"' + value, cursor), body.indexOf("'" + value, cursor))
    if (index === -1) continue
    strings.push({key, value, start: bodyStart + index + 1, end: bodyStart + index + 1 + value.length})
    cursor = index + 1 + value.length
  }
  return {kind: 'toml', bodyStart, data, strings, errors: []}
}

function* tomlStrings(value: unknown, key: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [key, value]
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* tomlStrings(item, key + '[' + index + ']')
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [name, item] of Object.entries(value)) yield* tomlStrings(item, key ? key + '.' + name : name)
  }
}

/** The smaller of two `indexOf` results, ignoring misses (-1). */
function nearest(a: number, b: number): number {
  return a === -1 ? b : b === -1 ? a : Math.min(a, b)
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) return text.length
    offset = next + 1
  }
  return Math.min(text.length, offset + Math.max(0, column - 1))
}

import type {Root} from 'mdast'
import {characterEntities} from 'character-entities'
import {defaultReportOptions, proseRanges, quote, type Finding, type ReportOptions} from 'content-quality-core'
import {windows1252} from './code-pages.js'
import {resolveReferences, type ResolvedText} from './references.js'
import {findMojibake, isTaken, markTaken, mojibakeFinding, type PageContext, type ReadOptions} from './mojibake.js'

/** Options of `no-mojibake`. */
export interface Options extends ReportOptions {
  /** Exact strings never reported (compared with the flagged text). */
  allow: string[]
  /** UTF-8 text decoded with another code page (`â€”` for `—`). */
  mojibake: boolean
  /** U+FFFD replacement characters. */
  replacementCharacter: boolean
  /** C1 control characters, U+0080–U+009F. */
  controlCharacters: boolean
  /** HTML entities escaped twice (`&amp;amp;`). */
  doubleEscapedEntities: boolean
  /** printf escapes left in prose (`30%%`). */
  printfEscapes: boolean
}

/** Defaults: every check on, nothing allowed. */
export const defaultOptions: Options = {
  ...defaultReportOptions,
  allow: [],
  mojibake: true,
  replacementCharacter: true,
  controlCharacters: true,
  doubleEscapedEntities: true,
  printfEscapes: true
}

/** A span of prose, as the rule reads it. */
interface ProseText {
  /** Offset of the span in the document. */
  start: number
  /** The span as written. */
  text: string
  /** The span with character references resolved, if it has any. */
  resolved: ResolvedText | undefined
  /** What the span reads as: the resolved text, or the text. */
  view: string
  /** What reading `view` gave; only for text outside ASCII, the only text that can hold mojibake, U+FFFD or C1 controls. */
  read: TextReading | undefined
}

/** What reading a span of prose gave. */
interface TextReading {
  /** Which characters of the span a finding holds. */
  taken: Uint8Array
  /** Findings in the span. */
  found: Finding[]
  /** Runs of the span that hold a sequence cut short (`ReadOptions`). */
  cutShort: number[]
}

/**
 * Find encoding errors in the prose of a document: mojibake, replacement
 * characters, C1 controls, double-escaped entities and printf escapes.
 */
export function detectMojibake(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const findings: Finding[] = []
  const allowed = new Set(options.allow)
  // Spans that hold a sequence cut short wait for the whole page to be read.
  const held: ProseText[] = []
  let garbled = false
  for (const range of proseRanges(tree, source)) {
    const span = readProse(source.slice(range.start, range.end), range.start)
    const {view, read} = span
    if (options.mojibake && read && findSettledMojibake(view, read.taken, read.found, {cutShort: read.cutShort})) garbled = true
    if (read && read.cutShort.length > 0) held.push(span)
    else report(span, options, allowed, findings)
  }
  // What a garbled page shows makes sequences cut short elsewhere on it readable.
  const context: PageContext = {garbled}
  for (const span of held) {
    const {view, read} = span
    if (garbled) findSettledMojibake(view, read!.taken, read!.found, {context, cutShort: read!.cutShort})
    report(span, options, allowed, findings)
  }

  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** A span of prose at `start`, ready to be read. */
function readProse(text: string, start: number): ProseText {
  const resolved = resolveReferences(text)
  const view = resolved?.value ?? text
  const read = /[^\u0000-\u007F]/.test(view) ? {taken: new Uint8Array(view.length), found: [], cutShort: []} : undefined
  return {start, text, resolved, view, read}
}

/** Add to `findings` what the other checks find in `span` and its mojibake, placed in the document. */
function report(span: ProseText, options: Options, allowed: Set<string>, findings: Finding[]): void {
  const {text, resolved, view, read} = span
  const local: Finding[] = []
  if (read) {
    if (options.replacementCharacter) findReplacementCharacters(view, read.taken, read.found)
    if (options.controlCharacters) findControlCharacters(view, read.taken, read.found)
    for (const finding of read.found) {
      const placed = resolved ? inSource(finding, text, resolved) : finding
      if (placed) local.push(placed)
    }
  }
  if (options.doubleEscapedEntities && text.includes('&amp;')) findDoubleEscapedEntities(text, local)
  if (options.printfEscapes && text.includes('%%')) findPrintfEscapes(text, local)

  for (const finding of local) {
    if (finding.actual !== undefined && allowed.has(finding.actual)) continue
    finding.start += span.start
    finding.end += span.start
    findings.push(finding)
  }
}

/**
 * Move a finding made on the text with references resolved back onto the
 * source text; `undefined` when it ends inside a reference that stands for
 * two characters (`&nvge;`), whose source cannot be split.
 */
function inSource(finding: Finding, text: string, resolved: ResolvedText): Finding | undefined {
  const {offsets} = resolved
  if (finding.end < offsets.length - 1 && offsets[finding.end] === offsets[finding.end - 1]) return undefined
  const start = offsets[finding.start]!
  const end = offsets[finding.end]!
  const actual = text.slice(start, end)
  const message = finding.actual === undefined ? finding.message : finding.message.replace(quote(finding.actual), quote(actual))
  return {...finding, start, end, actual, message}
}

/**
 * Find mojibake whose repairs hold in context, so that applying every fix
 * once leaves nothing to fix. A repair can join its neighbours into new
 * mojibake (`ÐÂ¿` → `Ð¿`, which is `п` read as Windows-1252): such a
 * finding is widened over those neighbours and repaired as a whole. And a
 * repair can give its neighbours the context that shows them to be
 * mojibake (`Ã©` repaired to `é` shows the `Ã` after it to be `à`): the
 * repaired text is read again, and what it shows in text no fix touched is
 * reported too. Returns whether the page is garbled (`findMojibake`).
 */
function findSettledMojibake(text: string, taken: Uint8Array, findings: Finding[], options: ReadOptions): boolean {
  const found: Finding[] = []
  const garbled = findMojibake(text, taken, found, options)
  for (const finding of found) {
    if (finding.expected !== undefined) for (let round = 0; round < 3 && widen(text, taken, finding); round++);
    findings.push(finding)
  }
  // Only new repairs can show anything new.
  if (found.some((finding) => finding.expected !== undefined)) for (let round = 0; round < 3 && revealed(text, taken, findings); round++);
  return garbled
}

/** Add the mojibake that applying the fixes of `findings` shows in untouched text; whether there was any. */
function revealed(text: string, taken: Uint8Array, findings: Finding[]): boolean {
  // Suggestions are guesses: what they would show is not certain enough to report.
  const fixes = findings.filter((finding) => finding.expected !== undefined && !finding.suggestion).sort((a, b) => a.start - b.start)
  if (fixes.length === 0) return false
  // The repaired text, and for each of its characters its offset in `text` (-1 for repairs).
  let repaired = ''
  const origins: number[] = []
  let cursor = 0
  const keep = (end: number): void => {
    repaired += text.slice(cursor, end)
    for (; cursor < end; cursor++) origins.push(cursor)
  }
  for (const fix of fixes) {
    if (fix.start < cursor) continue
    keep(fix.start)
    repaired += fix.expected![0]!
    for (let index = 0; index < fix.expected![0]!.length; index++) origins.push(-1)
    cursor = fix.end
  }
  keep(text.length)

  const again: Finding[] = []
  findMojibake(repaired, new Uint8Array(repaired.length), again)
  let added = false
  for (const finding of again) {
    const span = origins.slice(finding.start, finding.end)
    if (span.some((origin, index) => origin < 0 || origin !== span[0]! + index)) continue
    const start = span[0]!
    const end = start + span.length
    if (isTaken(taken, start, end)) continue
    markTaken(taken, start, end)
    findings.push({...finding, start, end})
    added = true
  }
  return added
}

/** Widen `finding` over neighbours its repair forms new mojibake with; whether it did. */
function widen(text: string, taken: Uint8Array, finding: Finding): boolean {
  const repair = finding.expected![0]!
  let from = finding.start
  while (from > finding.start - 3 && from > 0 && !taken[from - 1]) from--
  let to = finding.end
  while (to < finding.end + 3 && to < text.length && !taken[to]) to++
  const before = text.slice(from, finding.start)
  const probe = before + repair + text.slice(finding.end, to)
  const again: Finding[] = []
  findMojibake(probe, new Uint8Array(probe.length), again)
  const hit = again.find((item) => item.expected !== undefined && item.start < before.length + repair.length && item.end > before.length)
  if (!hit) return false

  const start = Math.min(hit.start, before.length)
  const end = Math.max(hit.end, before.length + repair.length)
  const expected = probe.slice(start, hit.start) + hit.expected![0] + probe.slice(hit.end, end)
  const widened = mojibakeFinding(from + start, text.slice(from + start, finding.end + (end - before.length - repair.length)), expected)
  markTaken(taken, widened.start, widened.end)
  Object.assign(finding, widened)
  return true
}

function findReplacementCharacters(text: string, taken: Uint8Array, findings: Finding[]): void {
  for (const match of text.matchAll(/\uFFFD+/g)) {
    const start = match.index
    const end = start + match[0].length
    if (isTaken(taken, start, end)) continue
    markTaken(taken, start, end)
    const count = match[0].length
    findings.push({
      start,
      end,
      message:
        'Unexpected replacement character' +
        (count > 1 ? 's' : '') +
        ' `U+FFFD`' +
        (count > 1 ? ' (' + count + ')' : '') +
        ', expected the original text (it was lost in decoding)',
      actual: match[0]
    })
  }
}

function findControlCharacters(text: string, taken: Uint8Array, findings: Finding[]): void {
  for (const match of text.matchAll(/[\u0080-\u009F]/g)) {
    const start = match.index
    if (isTaken(taken, start, start + 1)) continue
    const code = match[0].charCodeAt(0)
    const meant = windows1252.high[code - 0x80]!
    const known = meant !== '\uFFFD'
    findings.push({
      start,
      end: start + 1,
      message:
        'Unexpected C1 control character ' +
        quote(match[0]) +
        (known
          ? ', expected ' + quote(meant) + ' (Windows-1252 byte read as Latin-1)'
          : ', expected a printable character'),
      actual: match[0],
      ...(known ? {expected: [meant]} : {})
    })
  }
}

/** `&amp;` once or more, then an entity: every extra level of escaping is undone at once. */
const entityPattern = /&amp;(?:amp;)*(#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g

function findDoubleEscapedEntities(text: string, findings: Finding[]): void {
  for (const match of text.matchAll(entityPattern)) {
    const name = match[1]!
    if (!name.startsWith('#') && !Object.hasOwn(characterEntities, name)) continue
    const actual = match[0]
    const expected = '&' + name + ';'
    findings.push({
      start: match.index,
      end: match.index + actual.length,
      message: 'Unexpected double-escaped entity ' + quote(actual) + ', expected ' + quote(expected),
      actual,
      expected: [expected]
    })
  }
}

function findPrintfEscapes(text: string, findings: Finding[]): void {
  for (const match of text.matchAll(/(?<=\d)%%(?!%)/g)) {
    findings.push({
      start: match.index,
      end: match.index + 2,
      message: 'Unexpected printf escape `%%`, expected `%`',
      actual: '%%',
      expected: ['%']
    })
  }
}

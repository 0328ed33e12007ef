import type {Root} from 'mdast'
import {characterEntities} from 'character-entities'
import {proseRanges, quote, type Finding} from 'content-quality-core'
import {codePages, encoderOf, windows1252, type CodePage} from './code-pages.js'

/** Options of `no-mojibake`. */
export interface Options {
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
  allow: [],
  mojibake: true,
  replacementCharacter: true,
  controlCharacters: true,
  doubleEscapedEntities: true,
  printfEscapes: true
}

const encoders = new Map(codePages.map((page) => [page, encoderOf(page)]))

/**
 * Find encoding errors in the prose of a document: mojibake, replacement
 * characters, C1 controls, double-escaped entities and printf escapes.
 */
export function detectMojibake(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const findings: Finding[] = []
  const allowed = new Set(options.allow)

  for (const range of proseRanges(tree, source)) {
    const text = source.slice(range.start, range.end)
    const local: Finding[] = []
    if (/[^\u0000-\u007F]/.test(text)) {
      const taken = new Uint8Array(text.length)
      if (options.mojibake) findSettledMojibake(text, taken, local)
      if (options.replacementCharacter) findReplacementCharacters(text, taken, local)
      if (options.controlCharacters) findControlCharacters(text, taken, local)
    }
    if (options.doubleEscapedEntities && text.includes('&amp;')) findDoubleEscapedEntities(text, local)
    if (options.printfEscapes && text.includes('%%')) findPrintfEscapes(text, local)

    for (const finding of local) {
      if (finding.actual !== undefined && allowed.has(finding.actual)) continue
      finding.start += range.start
      finding.end += range.start
      findings.push(finding)
    }
  }

  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** One UTF-8 sequence read back from the bytes of mis-decoded characters. */
interface Decoded {
  /** Index of the first character in the text. */
  start: number
  /** Number of characters (and so bytes) it spans. */
  length: number
  codePoint: number
}

/**
 * Find mojibake whose repairs hold in context. A repair can join its
 * neighbours into new mojibake (`Ðâ€”` → `Ð—`, which is `З` read as
 * Windows-1252); such a finding is widened over those neighbours and repaired
 * as a whole, so that applying every fix once leaves nothing to fix.
 */
function findSettledMojibake(text: string, taken: Uint8Array, findings: Finding[]): void {
  const found: Finding[] = []
  findMojibake(text, taken, found)
  for (const finding of found) {
    for (let round = 0; round < 3 && widen(text, taken, finding); round++);
    findings.push(finding)
  }
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
  const hit = again.find((item) => item.start < before.length + repair.length && item.end > before.length)
  if (!hit) return false

  const start = Math.min(hit.start, before.length)
  const end = Math.max(hit.end, before.length + repair.length)
  const expected = probe.slice(start, hit.start) + hit.expected![0] + probe.slice(hit.end, end)
  finding.start = from + start
  finding.end = finding.end + (end - before.length - repair.length)
  markTaken(taken, finding.start, finding.end)
  finding.actual = text.slice(finding.start, finding.end)
  finding.expected = [expected]
  finding.message = 'Unexpected mojibake ' + quote(finding.actual) + ', expected ' + quote(expected)
  return true
}

function findMojibake(text: string, taken: Uint8Array, findings: Finding[]): void {
  for (const page of codePages) {
    for (const group of decodedGroups(text, page)) {
      const start = group[0]!.start
      const last = group[group.length - 1]!
      const end = last.start + last.length
      if (isTaken(taken, start, end) || !isPlausible(text, group, page)) continue
      const actual = text.slice(start, end)
      const expected = repairFully(String.fromCodePoint(...group.map((item) => item.codePoint)))
      markTaken(taken, start, end)
      findings.push({
        start,
        end,
        message: 'Unexpected mojibake ' + quote(actual) + ', expected ' + quote(expected),
        actual,
        expected: [expected]
      })
    }
  }

  // `â€` with its last byte lost: 0x9D, undefined in Windows-1252, is dropped
  // by many decoders, so `”` (E2 80 9D) arrives as two characters.
  for (const match of text.matchAll(/â€/g)) {
    const start = match.index
    if (isTaken(taken, start, start + 2)) continue
    markTaken(taken, start, start + 2)
    findings.push({
      start,
      end: start + 2,
      message: 'Unexpected mojibake `â€` (a closing quote whose last byte was lost), expected `”`',
      actual: 'â€',
      expected: ['”']
    })
  }
}

/**
 * Runs of adjacent UTF-8 sequences hidden in `text` when its characters are
 * encoded back to bytes with `page`. Linear in the length of `text`.
 */
function* decodedGroups(text: string, page: CodePage): Generator<Decoded[]> {
  const encoder = encoders.get(page)!
  const byteAt = (index: number): number => {
    const code = text.charCodeAt(index)
    return code < 0x80 ? code : (encoder.get(code) ?? -1)
  }

  let group: Decoded[] = []
  let index = 0
  while (index < text.length) {
    const decoded = readSequence(byteAt, index, text.length)
    if (decoded) {
      group.push(decoded)
      index += decoded.length
    } else {
      if (group.length > 0) yield group
      group = []
      index++
    }
  }
  if (group.length > 0) yield group
}

/** Read one well-formed multi-byte UTF-8 sequence starting at `index`. */
function readSequence(byteAt: (index: number) => number, index: number, size: number): Decoded | undefined {
  const lead = byteAt(index)
  let length: number
  let codePoint: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2
    codePoint = lead & 0x1f
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    codePoint = lead & 0x0f
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    codePoint = lead & 0x07
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else {
    return undefined
  }
  if (index + length > size) return undefined

  for (let offset = 1; offset < length; offset++) {
    const byte = byteAt(index + offset)
    if (byte < low || byte > high) return undefined
    low = 0x80
    high = 0xbf
    codePoint = (codePoint << 6) | (byte & 0x3f)
  }
  return {start: index, length, codePoint}
}

/** Letters of languages' orthographies outside Latin-1 and Latin Extended-A that mojibake often hides. */
const orthographyLetters = new Set([
  0x18f, 0x192, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x218, 0x219, 0x21a, 0x21b, 0x253, 0x254, 0x256, 0x257, 0x259,
  0x25b, 0x263, 0x268, 0x269, 0x272, 0x283, 0x28a, 0x28b, 0x292, 0x294, 0x2bb, 0x2bc
])

/** Characters that commonly follow a letter in correct text. */
const afterLetter = new Set('’”“‘»›«‹…–—\u00A0·\u00AD‚„')

/**
 * Judge whether decoded sequences are mojibake rather than correct text that
 * happens to encode into valid UTF-8.
 */
function isPlausible(text: string, group: Decoded[], page: CodePage): boolean {
  if (group.some((item) => !isPlausibleCharacter(item.codePoint))) return false
  if (group.length > 1) return true
  const [item] = group as [Decoded]

  // A lone three- or four-byte sequence: punctuation, symbols and emoji are
  // typical mojibake (`â€”`, `ðŸ‘`); a lone ideograph is likelier to be
  // correct text such as French `é »` with a no-break space.
  // Characters that all read as letters make a word, not mojibake (Inari
  // Saami `âžž`).
  if (item.length >= 3) {
    const characters = text.slice(item.start, item.start + item.length)
    if (/^\p{L}+$/u.test(characters)) return false
    return isPunctuationOrSymbol(item.codePoint) || item.length === 4
  }

  const codePoint = item.codePoint
  if (!page.singlesAreEvidence) {
    // In MacRoman and CP437 a lone pair is evidence only when its lead is a
    // math or box-drawing symbol that never precedes a letter (`caf√©`,
    // `caf├⌐`), away from box drawings, and it decodes to a Latin letter.
    const lead = text[item.start]!
    const before = text[item.start - 1] ?? ''
    const after = text[item.start + 2] ?? ''
    return (
      codePoint >= 0xa0 &&
      codePoint <= 0x17f &&
      /\p{S}/u.test(lead) &&
      !isBoxDrawing(before) &&
      !isBoxDrawing(after)
    )
  }

  const inOrthography =
    (codePoint >= 0xa0 && codePoint <= 0x17f) ||
    orthographyLetters.has(codePoint) ||
    (codePoint >= 0x370 && codePoint <= 0x6ff)
  if (!inOrthography) return false

  // An upper-case letter inside an upper-case word, followed by punctuation,
  // is how correct text looks: `CAFÉ”`, `«ÉTÉ»`.
  const follower = text[item.start + 1]!
  if (afterLetter.has(follower)) {
    const before = text[item.start - 1]
    if (before !== undefined && /\p{Lu}/u.test(before)) return false
  }
  return true
}

function isPlausibleCharacter(codePoint: number): boolean {
  if (codePoint < 0xa0) return false
  if (codePoint >= 0x300 && codePoint <= 0x36f) return false
  if (codePoint >= 0x700 && codePoint <= 0x8ff) return false
  return !/[\p{Cc}\p{Cn}\p{Co}\p{Cs}]/u.test(String.fromCodePoint(codePoint))
}

function isBoxDrawing(character: string): boolean {
  return character >= '\u2500' && character <= '\u259f'
}

/** General punctuation, currency, letterlike symbols, arrows, math, shapes; and the byte-order mark. */
function isPunctuationOrSymbol(codePoint: number): boolean {
  return (codePoint >= 0x2000 && codePoint <= 0x2bff) || codePoint === 0xfeff
}

/** Undo mojibake that was applied more than once (`Ã¢â‚¬â„¢` → `â€™` → `’`). */
function repairFully(value: string): string {
  let current = value
  for (let round = 0; round < 3; round++) {
    const next = repairOnce(current)
    if (next === current) break
    current = next
  }
  // A byte-order mark inside text is an artefact: the repair removes it.
  return current.replace(/\uFEFF/g, '')
}

function repairOnce(value: string): string {
  const findings: Finding[] = []
  findMojibake(value, new Uint8Array(value.length), findings)
  let result = ''
  let cursor = 0
  for (const finding of findings.sort((a, b) => a.start - b.start)) {
    result += value.slice(cursor, finding.start) + finding.expected![0]
    cursor = finding.end
  }
  return result + value.slice(cursor)
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (taken[index]) return true
  return false
}

function markTaken(taken: Uint8Array, start: number, end: number): void {
  taken.fill(1, start, end)
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

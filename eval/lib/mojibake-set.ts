/**
 * The generated mojibake set: the documentation's own text with words that
 * hold non-ASCII characters mis-decoded through each code page `no-mojibake`
 * claims, every injected span recorded, so the rule and `ftfy-js` can be
 * scored side by side on the same real text (found, exactly repaired, false
 * hits). Deterministic: the same corpora give the same set.
 */
import iconv from 'iconv-lite'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {visit} from 'unist-util-visit'
import type {InjectedSpan} from '../../bench/corpus.ts'

/** How a word is mis-decoded. */
export interface Garbling {
  name: string
  garble: (word: string) => string
}

/**
 * Decode `bytes` with a single-byte code page. A byte 0x80–0x9F the page
 * leaves undefined comes out as its C1 control, as WHATWG decoders give it
 * (`'c1'`), or is lost (`'drop'`); other undefined bytes stay U+FFFD.
 */
function decode(bytes: Uint8Array, codePage: string, undefinedBytes: 'c1' | 'drop' = 'c1'): string {
  let text = ''
  for (const byte of bytes) {
    // iconv-lite leaves MacRoman's 0xF0 undefined; Mac decoders give the Apple logo (U+F8FF).
    const character = codePage === 'macintosh' && byte === 0xf0 ? '\uF8FF' : iconv.decode(Buffer.of(byte), codePage)
    if (character !== '\uFFFD' || byte < 0x80 || byte > 0x9f) text += character
    else if (undefinedBytes === 'c1') text += String.fromCharCode(byte)
  }
  return text
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8')

/** UTF-8 of `word` without the last byte of its last multi-byte character, read as Windows-1252. */
function lostLastByte(word: string): string {
  const characters = [...word]
  const last = characters.findLastIndex((character) => character.codePointAt(0)! > 0x7f)
  const bytes = utf8(characters.slice(0, last + 1).join('')).slice(0, -1)
  return decode(bytes, 'win1252', 'drop') + characters.slice(last + 1).join('')
}

/** Every garbling the set applies, in the order words are dealt to them. */
export const garblings: Garbling[] = [
  {name: 'Windows-1252', garble: (word) => decode(utf8(word), 'win1252')},
  {name: 'Latin-1', garble: (word) => decode(utf8(word), 'latin1')},
  {name: 'Windows-1250', garble: (word) => decode(utf8(word), 'win1250')},
  {name: 'Windows-1251', garble: (word) => decode(utf8(word), 'win1251')},
  {name: 'MacRoman', garble: (word) => decode(utf8(word), 'macintosh')},
  {name: 'CP437', garble: (word) => decode(utf8(word), 'cp437')},
  {name: 'double Windows-1252', garble: (word) => decode(utf8(decode(utf8(word), 'win1252')), 'win1252')},
  {name: 'lost last byte', garble: lostLastByte}
]

/** A generated document: a documentation page with mojibake injected. */
export interface MojibakeDocument {
  /** Corpus-relative path of the page it was made from. */
  path: string
  /** The garbling every span of this page went through. */
  garbling: string
  text: string
  /** Injected spans, in order. */
  spans: InjectedSpan[]
}

/** At most this many words are garbled in one page, one a line. */
const perDocument = 3
/** Words longer than this are cut to their first non-ASCII characters (CJK text has no spaces). */
const longestWord = 12

/**
 * Make the set from `pages` (corpus-relative path and text, in a stable
 * order): each page that has prose with non-ASCII characters gets the next
 * garbling in turn, applied to the first such word of up to three of its
 * prose lines (outside frontmatter, code blocks, HTML blocks, inline code,
 * markup and URLs, as the page parses).
 */
export function generateMojibakeSet(pages: Array<{path: string; text: string}>): MojibakeDocument[] {
  const set: MojibakeDocument[] = []
  for (const page of pages) {
    const garbling = garblings[set.length % garblings.length]!
    // Offsets exclude a byte-order mark, as the rules' do.
    const lines = page.text.replace(/^\uFEFF/, '').split('\n')
    const edits: Array<{line: number; column: number; bad: string; original: string}> = []
    for (const [line, content] of proseLines(lines)) {
      if (edits.length === perDocument) break
      const word = firstNonAsciiWord(content)
      if (!word) continue
      const bad = garbling.garble(word.text)
      lines[line] = content.slice(0, word.start) + bad + content.slice(word.start + word.text.length)
      edits.push({line, column: word.start, bad, original: word.text})
    }
    if (edits.length === 0) continue
    const lineStarts: number[] = []
    let offset = 0
    for (const line of lines) {
      lineStarts.push(offset)
      offset += line.length + 1
    }
    const spans = edits.map(function ({line, column, bad, original}) {
      const start = lineStarts[line]! + column
      return {start, end: start + bad.length, original}
    })
    set.push({path: page.path, garbling: garbling.name, text: lines.join('\n'), spans})
  }
  return set
}

/** Parses a page as the preset does (frontmatter, GFM), to tell prose lines from code, HTML and metadata. */
const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

/**
 * The lines of a page that hold plain prose, with their indices: lines no
 * code, HTML or frontmatter node covers, and with no inline code, markup or
 * URL in them.
 */
function* proseLines(lines: string[]): Generator<[number, string]> {
  const covered = new Uint8Array(lines.length)
  visit(parser.parse(lines.join('\n')), function (node) {
    if (!['code', 'html', 'yaml', 'toml'].includes(node.type) || !node.position) return
    covered.fill(1, node.position.start.line - 1, node.position.end.line)
  })
  for (const [index, line] of lines.entries()) {
    if (!covered[index] && !/[<`{}]|https?:/.test(line)) yield [index, line]
  }
}

/** The first white-space-delimited word of `line` with a non-ASCII character, cut short in unspaced scripts. */
function firstNonAsciiWord(line: string): {start: number; text: string} | undefined {
  for (const match of line.matchAll(/\S+/g)) {
    if (!/[^\x00-\x7F]/.test(match[0])) continue
    let text = match[0]
    let start = match.index
    if ([...text].length > longestWord) {
      const run = /[^\x00-\x7F]{1,4}/u.exec(text)!
      start += run.index
      text = run[0]
    }
    return {start, text}
  }
  return undefined
}

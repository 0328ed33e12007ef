/**
 * Draw `no-mojibake` candidates from the real corpora (../shared/corpora).
 *
 * Every `.md` file is read in sorted path order. Two sources of candidates:
 *
 * 1. A deliberately loose detector over the raw source, outside code (fenced,
 *    indented and inline code as parsed by remark; frontmatter and HTML are
 *    scanned), with none of the rule's plausibility filters:
 *    - any C1 control (U+0080–U+009F) and any U+FFFD;
 *    - `%%` anywhere;
 *    - `&amp;` followed by `amp`, `lt`, `gt`, `quot`, `apos`, `nbsp`, `#` or
 *      any `name;` (entities escaped twice, with or without the semicolon);
 *    - code-page pairs: a character whose byte in Windows-1252, -1250, -1251,
 *      MacRoman or CP437 is a UTF-8 lead (C2–F4) followed by a character whose
 *      byte in the same code page is a continuation (80–BF), extended over
 *      the following non-ASCII characters of that page. This covers `â€™`,
 *      `Ã©`, `ðŸ`, `ï¿½`, `KrakĂłw`, `Ð¿`, `caf√©`, and any accidental pair in
 *      real text;
 *    - explicit forms: a Windows-1252 lead (`Â`–`ß`, `à`–`ô`) or `Ä Ĺ Ă Å`
 *      followed by a Windows-1252/1250 upper-half character, `Р`/`С` followed
 *      by `Ђ`–`Џ`, `ђ`–`џ` or punctuation, `√` before any non-ASCII character.
 *    - look-alikes, to measure false alarms: runs of box drawing (U+2500–
 *      U+259F) and each of `× ÷ √ ∞ ≈ ≠ ≤ ≥ ±`.
 *    Overlapping or adjacent hits merge into one candidate sequence.
 * 2. Every message of the current rule `no-mojibake` (run with the preset's
 *    frontmatter parsing, without the other rules), including those in code.
 *
 * Output, one candidate a line, tab-separated:
 *   path:line:column  source(loose|rule|both)  code?  sequence  context
 * With `--spam-sample=N`, spam files are taken in order of the SHA-1 of their
 * path until at least N candidates are drawn; docs files are always all taken.
 *
 * Run: node --import tsx eval/candidates/mojibake.ts [--spam-sample=250]
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {join, relative} from 'node:path'
import iconv from 'iconv-lite'
import {remark} from 'remark'
import {visit} from 'unist-util-visit'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import noMojibake from '../../packages/remark-lint-no-mojibake/dist/index.js'

const root = new URL('../../../shared/corpora/', import.meta.url).pathname
const sampleArg = process.argv.find((arg) => arg.startsWith('--spam-sample='))
const spamTarget = sampleArg ? Number(sampleArg.split('=')[1]) : Infinity

const upper1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00A0-\u00BF'
const loose = new RegExp(
  [
    '[\\u0080-\\u009F]',
    '\\uFFFD',
    '%%',
    '&amp;(?:amp|lt|gt|quot|apos|nbsp|#|[A-Za-z]+;)',
    `[\\u00C2-\\u00DF\\u00E0-\\u00F4][${upper1252}]+`,
    `[ÄĹĂÅ][${upper1252}ŚŤŹśťźˇ˘ŁĄŞŻ˛łąşĽ˝ľż]+`,
    '[РС][\\u0400-\\u040F\\u0450-\\u045F°±µ¶·№»‚„…†‡€‰‹›‘’“”•–—™]',
    '√[^\\x00-\\x7F\\s]',
    // Correct symbols that merely look odd, to measure false alarms.
    '[\\u2500-\\u259F]+|[×÷√∞≈≠≤≥±]'
  ].join('|'),
  'g'
)

// Byte of each character in each code page (only characters the page maps above 0x7F).
const pages = ['windows1252', 'windows1250', 'windows1251', 'macintosh', 'cp437'].map((name) => {
  const bytes = new Map<string, number>()
  const decoded = iconv.decode(Buffer.from(Array.from({length: 128}, (_, index) => index + 128)), name)
  Array.from(decoded).forEach((character, index) => bytes.set(character, index + 128))
  return bytes
})

/** Hits of the code-page pair test: [start, end] offsets. */
function pageHits(source: string): Array<[number, number]> {
  const hits: Array<[number, number]> = []
  for (const bytes of pages) {
    for (let index = 0; index < source.length - 1; index++) {
      const lead = bytes.get(source[index]!) ?? 0
      const next = bytes.get(source[index + 1]!) ?? 0
      if (lead < 0xc2 || lead > 0xf4 || next < 0x80 || next > 0xbf) continue
      let end = index + 2
      while (end < source.length && bytes.has(source[end]!)) end++
      hits.push([index, end])
      index = end - 1
    }
  }
  return hits
}

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []))
    .sort()
}

// The preset's parsing (frontmatter) with only this rule: the same messages, faster.
const processor = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkLint).use(noMojibake)
const sha = (value: string): string => createHash('sha1').update(value).digest('hex')
const all = files(root).map((file) => relative(root, file))
const docs = all.filter((path) => path.startsWith('docs/'))
const spam = all.filter((path) => path.startsWith('spam/')).sort((a, b) => (sha(a) < sha(b) ? -1 : 1))

let spamCount = 0
for (const path of [...docs, ...spam]) {
  if (path.startsWith('spam/') && spamCount >= spamTarget) break
  const source = readFileSync(join(root, path), 'utf8')
  const lineStarts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const offsetOf = (line: number, column: number): number => lineStarts[line - 1]! + column - 1

  // Code ranges, from remark's own parse.
  const tree = processor.parse(source)
  const code: Array<[number, number]> = []
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) code.push([node.position.start.offset!, node.position.end.offset!])
  })
  const inCode = (offset: number): boolean => code.some(([start, end]) => offset >= start && offset < end)

  // Candidates keyed by start offset.
  const found = new Map<number, {end: number; source: string}>()
  const hits: Array<[number, number]> = [...source.matchAll(loose)].map((match) => [match.index, match.index + match[0].length])
  hits.push(...pageHits(source))
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let last: {end: number; source: string} | undefined
  for (const [start, end] of hits) {
    if (last && last.end >= start) last.end = Math.max(last.end, end)
    else found.set(start, (last = {end, source: 'loose'}))
  }
  for (const [start] of found) if (inCode(start)) found.delete(start)

  const file = await processor.process({path: join(root, path), value: source})
  for (const message of file.messages) {
    if (message.ruleId !== 'no-mojibake' || !message.place) continue
    const place = 'start' in message.place ? message.place : {start: message.place, end: message.place}
    const start = offsetOf(place.start.line, place.start.column)
    const end = offsetOf(place.end.line, place.end.column)
    const overlap = [...found.entries()].find(([from, item]) => from < Math.max(end, start + 1) && item.end > start)
    if (overlap) overlap[1].source = 'both'
    else found.set(start, {end, source: 'rule'})
  }

  for (const [start, item] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    let line = 1
    while (line < lineStarts.length && lineStarts[line]! <= start) line++
    const column = start - lineStarts[line - 1]! + 1
    const context = source.slice(Math.max(0, start - 40), item.end + 40).replace(/\s+/g, ' ')
    console.log([`${path}:${line}:${column}`, item.source, inCode(start) ? 'code' : '-', source.slice(start, item.end), context].join('\t'))
    if (path.startsWith('spam/')) spamCount++
  }
}

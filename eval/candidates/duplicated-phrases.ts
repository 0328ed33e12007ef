/**
 * Candidates for `no-duplicated-phrases`, drawn reproducibly from ../shared/corpora.
 *
 * Sample: every `.md` file under the corpora root, paths sorted, kept when the sha1 of its
 * corpora-relative path (hex) starts with one of the prefixes given for its site in `SAMPLE`.
 *
 * Loose detector (deliberately wider than the rule, so misses show up):
 * - word/phrase: any 1–4 word sequence immediately followed by itself, case-insensitive, with only
 *   white space between the copies (line breaks, emphasis, link text and simple inline HTML such as
 *   `<a …>` are transparent); read in paragraphs, headings, table cells and the text of HTML blocks;
 *   numbers and acronyms count as words (so dimensions show up);
 * - word/phrase: the same 1–4 words right before and right after a link;
 * - word: two neighbouring table cells with the same text;
 * - sentence: a sentence of ≥5 words that stands earlier in its paragraph or the paragraph before;
 * - paragraph: a paragraph of ≥6 words that stands earlier anywhere in the document
 *   (`adjacent` when the previous paragraph is the same, else `far`).
 * Code, inline code, images, URLs, template tags (`{{…}}`, `{%…%}`) and frontmatter are skipped.
 * Line/column: where the second copy starts.
 * Every message the current linter gives for the rule in the sampled files is added too (`L` = linter
 * reports it, `D` = detector found it); a linter message is merged with a detector candidate of the same
 * kind at the same place (a word's message starts at the white space before it, so maybe a line earlier).
 * Positions inside indented HTML blocks are approximate.
 *
 * Usage (from /work/main): node --import tsx eval/candidates/duplicated-phrases.ts [--stats | --second]
 * `--stats` runs the detector over all files and prints candidate counts per site and prefix;
 * `--second` lists the candidates of the second sample (`SECOND_SAMPLE`) instead of the first.
 */
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Nodes, Root} from 'mdast'

const ROOT = '../shared/corpora'
/** sha1(path) hex prefixes kept per site. */
const SAMPLE: Record<string, string[]> = {
  'spam/printer-issues': ['0', '10'],
  'spam/network-issues': ['0', '10'],
  'docs/rust-blog': ['0', '1', '8'],
  'docs/hugo-docs': ['0', '1', '3'],
  'docs/hexo-site': ['0', '1', 'a', 'c'],
  'docs/react-dev': ['2', '5', 'e'],
  'docs/vue-docs': ['0', '5', '6'],
  'docs/jekyll-docs': ['8', '9', 'a', 'f']
}
/**
 * A second sample, drawn after the rule was tuned on the first, to check
 * that its figures hold on files it was never tuned on (`--second`).
 */
const SECOND_SAMPLE: Record<string, string[]> = {
  'spam/printer-issues': ['2'],
  'spam/network-issues': ['3'],
  'docs/rust-blog': ['2'],
  'docs/hugo-docs': ['4'],
  'docs/hexo-site': ['b'],
  'docs/react-dev': ['4'],
  'docs/vue-docs': ['7']
}

interface Candidate {line: number; col: number; kind: string; note: string; src: string}
/** Rendered text of one block with the source offset of each character; U+0000 marks a barrier. */
interface Block {text: string; map: number[]; type: string; links: Array<[number, number]>; start: number}

const BAR = '\u0000'
const wordRe = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu
const transparentTag = /^<\/?(a|b|strong|em|i|u|span|mark|font)\b[^>]*>$/i

function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walkFiles(full) : name.endsWith('.md') ? [full] : []
  })
}

function blocksOf(tree: Root, source: string): Block[] {
  const blocks: Block[] = []
  let cur: Block
  const push = (value: string, start: number, end: number): void => {
    const exact = source.slice(start, end) === value
    let j = start
    for (let i = 0; i < value.length; i++) {
      let at = start + i
      if (!exact) {
        const k = source.indexOf(value[i]!, j)
        at = k >= 0 && k < end ? k : j
        j = at + 1
      }
      cur.text += value[i]
      cur.map.push(at)
    }
  }
  const bar = (at: number): void => { cur.text += BAR; cur.map.push(at) }
  const inline = (node: Nodes): void => {
    const s = node.position?.start.offset ?? 0
    const e = node.position?.end.offset ?? s
    if (node.type === 'text') push(node.value, s, e)
    else if (node.type === 'html') { if (!transparentTag.test(node.value.trim())) bar(s) }
    else if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'imageReference' ||
      node.type === 'break' || node.type === 'footnoteReference') bar(s)
    else if ('children' in node) {
      const from = cur.text.length
      for (const child of node.children) inline(child as Nodes)
      if (node.type === 'link' || node.type === 'linkReference') cur.links.push([from, cur.text.length])
    }
  }
  const block = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      cur = {text: '', map: [], type: node.type, links: [], start: node.position?.start.offset ?? 0}
      for (const child of node.children) inline(child as Nodes)
      blocks.push(cur)
    } else if (node.type === 'html') {
      // Text of an HTML block: tags blanked (same length, so offsets hold), script/style dropped.
      const s = node.position?.start.offset ?? 0
      const e = node.position?.end.offset ?? s
      const v = node.value
        .replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi, (m) => BAR.repeat(m.length))
        .replace(/<[^>]*>/g, (m) => (transparentTag.test(m) ? ' ' : BAR).repeat(m.length))
        .replace(/&[#\w]+;/g, (m) => ' '.repeat(m.length))
      // Same length as the source when the node is verbatim; else (indented HTML) positions are approximate.
      const exact = source.slice(s, e) === node.value
      cur = {text: v, map: Array.from({length: v.length}, (_, i) => (exact ? s + i : s + Math.min(i, e - s - 1))), type: 'html', links: [], start: s}
      blocks.push(cur)
    } else if (node.type === 'table') {
      for (const row of node.children) {
        for (const cell of row.children) block(cell)
        blocks.push({text: BAR, map: [0], type: 'rowEnd', links: [], start: 0})
      }
    } else if ('children' in node) for (const child of node.children) block(child as Nodes)
  }
  block(tree)
  // URLs and template tags are not prose.
  for (const b of blocks) {
    b.text = b.text.replace(/https?:\/\/\S+|www\.\S+|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, (m) => BAR.repeat(m.length))
  }
  return blocks
}

function detect(source: string): Candidate[] {
  const tree = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).parse(source)
  const blocks = blocksOf(tree, source)
  const out: Candidate[] = []
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  const pos = (offset: number): [number, number] => {
    let lo = 0, hi = lineStarts.length - 1
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1 }
    return [lo + 1, offset - lineStarts[lo]! + 1]
  }
  const add = (b: Block, at: number, kind: string, note: string, span: [number, number]): void => {
    // A paragraph is placed where its node starts (its first character may be markup).
    const [line, col] = pos(kind === 'paragraph' ? b.start : b.map[at] ?? 0)
    out.push({line, col, kind, note, src: b.text.slice(span[0], span[1]).replace(/[\s\u0000]+/g, ' ').slice(0, 110)})
  }
  const seenPara = new Map<string, number>()
  let prevPara: {key: string; sentences: Set<string>} | undefined
  let prevCell: {key: string; block: Block} | undefined
  for (const b of blocks) {
    if (b.type === 'rowEnd') { prevCell = undefined; continue }
    const words = [...b.text.matchAll(wordRe)].map((m) => ({s: m.index, e: m.index + m[0].length, k: m[0].toLowerCase()}))
    const key = words.map((w) => w.k).join(' ')
    if (b.type === 'tableCell') {
      if (prevCell && key && prevCell.key === key) add(b, words[0]!.s, 'word', 'equal neighbouring cells', [words[0]!.s, b.text.length])
      prevCell = {key, block: b}
    }
    // Paragraph repeated anywhere earlier.
    let whole = false
    if (b.type === 'paragraph' && words.length >= 6) {
      const first = seenPara.get(key)
      if (first !== undefined) {
        whole = true
        add(b, words[0]!.s, 'paragraph', prevPara?.key === key ? 'adjacent' : `far (first at line ${first})`, [words[0]!.s, b.text.length])
      } else seenPara.set(key, pos(b.map[words[0]!.s]!)[0])
    }
    if (whole) { prevPara = {key, sentences: new Set()}; continue }
    // Word and phrase repeats.
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 4 && i + 2 * n <= words.length; n++) {
        let same = true
        for (let k = 0; k < n && same; k++) same = words[i + k]!.k === words[i + n + k]!.k
        if (!same || !/^\s*$/.test(b.text.slice(words[i + n - 1]!.e, words[i + n]!.s))) continue
        add(b, words[i + n]!.s, n === 1 ? 'word' : 'phrase', `${n} word(s) in ${b.type}`, [words[i]!.s, words[i + 2 * n - 1]!.e])
        i += n - 1
        break
      }
    }
    // Same words right before and right after a link.
    for (const [ls, le] of b.links) {
      const before = words.filter((w) => w.e <= ls)
      const after = words.filter((w) => w.s >= le)
      const inside = words.filter((w) => w.s >= ls && w.e <= le).map((w) => w.k).join(' ')
      for (let n = 4; n >= 1; n--) {
        if (before.length < n || after.length < n) continue
        const a = before.slice(-n).map((w) => w.k).join(' ')
        if (a === after.slice(0, n).map((w) => w.k).join(' ') && a !== inside &&
          !/[^\s]/.test(b.text.slice(before.at(-1)!.e, ls).replace(/\u0000/g, '')) && !/\S/.test(b.text.slice(le, after[0]!.s))) {
          add(b, after[0]!.s, n === 1 ? 'word' : 'phrase', 'same words both sides of a link', [before.at(-n)!.s, after[n - 1]!.e])
          break
        }
      }
    }
    // Sentences repeated in the paragraph or the one before.
    if (b.type !== 'paragraph') continue
    const sentences = new Set<string>()
    const re = /[^.!?。！？]+(?:[.!?。！？]+["'’”)]*(?=\s|$)|[。！？]|$)/gu
    for (const m of b.text.matchAll(re)) {
      const sw = [...m[0].matchAll(wordRe)].map((w) => w[0].toLowerCase())
      if (sw.length < 5) continue
      const sk = sw.join(' ')
      if (sentences.has(sk) || prevPara?.sentences.has(sk)) {
        const start = m.index + m[0].search(/\S/)
        add(b, start, 'sentence', sentences.has(sk) ? 'same paragraph' : 'paragraph before', [start, m.index + m[0].length])
      }
      sentences.add(sk)
    }
    prevPara = {key, sentences}
  }
  return out
}

function linterMessages(files: string[]): Map<string, Candidate[]> {
  const found = new Map<string, Candidate[]>()
  for (let i = 0; i < files.length; i += 200) {
    const args = ['--no-config', '--no-stdout', '--no-color', '--use', './packages/remark-preset-lint-content-quality/dist/index.js', ...files.slice(i, i + 200)]
    let stderr = ''
    try { execFileSync('./node_modules/.bin/remark', args, {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28}) } catch (error) { stderr = (error as {stderr: string}).stderr }
    if (!stderr) stderr = execFileSync('sh', ['-c', `./node_modules/.bin/remark ${args.map((a) => `'${a}'`).join(' ')} 2>&1 >/dev/null`], {encoding: 'utf8', maxBuffer: 1 << 28})
    let file = ''
    for (const line of stderr.split('\n')) {
      if (/^\S.*\.md/.test(line)) file = line.replace(/:.*$/, '').trim()
      const m = /^(\d+):(\d+)\S*\s+warning\s+(.*?)\s+no-duplicated-phrases\s/.exec(line)
      if (!m || !file) continue
      const list = found.get(file) ?? []
      const kind = /paragraph/.test(m[3]!) ? 'paragraph' : /sentence/.test(m[3]!) ? 'sentence' : 'word/phrase'
      list.push({line: Number(m[1]), col: Number(m[2]), kind, note: 'linter', src: m[3]!.slice(0, 110)})
      found.set(file, list)
    }
  }
  return found
}

const all = walkFiles(ROOT).map((f) => f.slice(ROOT.length + 1)).sort()
const site = (p: string): string => p.split('/').slice(0, 2).join('/')
const sha = (p: string): string => createHash('sha1').update(p).digest('hex')

if (process.argv.includes('--stats')) {
  const counts = new Map<string, number>()
  for (const p of all) {
    const n = detect(readFileSync(join(ROOT, p), 'utf8')).length
    for (const len of [1, 2]) { const k = `${site(p)} ${sha(p).slice(0, len)}`; counts.set(k, (counts.get(k) ?? 0) + n) }
  }
  for (const [k, n] of [...counts].sort()) console.log(k, n)
} else {
  const prefixes = process.argv.includes('--second') ? SECOND_SAMPLE : SAMPLE
  const sample = all.filter((p) => (prefixes[site(p)] ?? []).some((prefix) => sha(p).startsWith(prefix)))
  const lint = linterMessages(sample.map((p) => join(ROOT, p)))
  let total = 0
  for (const p of sample) {
    const cands = detect(readFileSync(join(ROOT, p), 'utf8')).map((c) => ({...c, src: `D ${c.src}`}))
    for (const l of lint.get(join(ROOT, p)) ?? []) {
      // The linter's range for a word starts at the white space before it, maybe the line before.
      const hit = cands.find((c) => (c.kind === l.kind && c.line === l.line && Math.abs(c.col - l.col) <= 2) ||
        (l.kind === 'word/phrase' && (c.kind === 'word' || c.kind === 'phrase') &&
          ((c.line === l.line && Math.abs(c.col - l.col) <= 2) || (c.line === l.line + 1 && c.col <= 6))))
      if (hit) hit.src = `L${hit.src}`
      else cands.push({...l, src: `L  ${l.src}`})
    }
    cands.sort((a, b) => a.line - b.line || a.col - b.col)
    total += cands.length
    for (const c of cands) console.log(`${p}:${c.line}:${c.col}\t${c.kind}\t${c.note}\t${c.src}`)
  }
  console.error(`${sample.length} files, ${total} candidates`)
}

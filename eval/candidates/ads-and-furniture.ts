/**
 * Candidates for `no-ad-markup` and `no-scraper-boilerplate`.
 *
 * Sample: every markdown file under ../shared/corpora (sorted by path), kept when
 * sha1(relative path) in hex starts with `00` or `01` (spam/*) or `0` (docs/*).
 *
 * A second, targeted draw adds docs files that hold embeds, scripts, tracking parameters or
 * sign-up words (HOT) with sha1 starting with 0-3; there only the units matching HOT are kept.
 *
 * In each sampled file a deliberately loose detector lists UNITS (line = first line):
 *   html      a run of block-level HTML nodes on consecutive lines (a run opened by a
 *             "begin"/"start" marker comment takes any blocks up to its "end" comment), or a
 *             paragraph holding inline HTML;
 *   url       a markdown link, image or definition whose URL looks commercial, affiliate,
 *             tracking or like a redirect (see COMMERCIAL);
 *   furniture a heading, paragraph or HTML block of up to 300 characters starting with a
 *             furniture word (FURNITURE), or holding a share/comment/subscribe prompt (PROMPT);
 *   linklist  a list of 3+ items, 80% of them a single link and nothing else.
 * A short furniture label and the list or HTML block right under it make one unit.
 * Every message the current linter gives for the two rules in a sampled file is
 * printed too, attached to the unit on its line (or alone, marked LINT-ONLY).
 * With `--all-docs`, it also prints every message of the two rules on all of docs/.
 *
 * Run from /work/main: node --import tsx eval/candidates/ads-and-furniture.ts [--all-docs]
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import {VFile} from 'vfile'
import {remarkPlaceSplitText, remarkRejectDeepNesting} from '../../packages/content-quality-core/dist/index.js'
import noAdMarkup from '../../packages/remark-lint-no-ad-markup/dist/index.js'
import noBoilerplate from '../../packages/remark-lint-no-scraper-boilerplate/dist/index.js'

const ROOT = '../shared/corpora'
const RULES = new Set(['no-ad-markup', 'no-scraper-boilerplate'])
const COMMERCIAL =
  /amazon\.|amzn\.|[?&](tag|aff(iliate)?(_?id)?|ref|partner|clickid|irgwc|utm_[a-z]+)=|awin|pxf\.io|sjv\.io|8odi|7eer|impact|shareasale|linksynergy|anrdoezrs|dpbolvw|jdoqocy|kqzyfj|tkqlhce|clickbank|hop\.|doubleclick|googlesyndication|adsystem|taboola|outbrain|shop-links|2checkout|publisher_slug|\/(go|out|recommends|buy-now|download|aff|click)\/|tools\.techidaily/i
const FURNITURE =
  /^\W*(also read|read (more|also|next)|related|you (may|might) (also )?like|recommended|more (from|articles|posts)|popular|trending|latest|subscribe|newsletter|sign up|join our|follow us|share|leave a (comment|reply)|comments?\b|advertisement|sponsored|see also|next steps|further reading|learn more|print this|tags?:|categories:)/i
const PROMPT =
  /leave (a|your) (comment|reply)|comments? (below|down below|section)|know in the comments|share (this|it|your)|subscribe|newsletter|sign up for|straight to your inbox|follow us/i

const HOT = /<iframe|<video|<script|<ins\b|youtube\.com\/embed|utm_|newsletter|subscribe|share/i

/** A place in a file, 1-based. */
interface Point {
  line: number
  column: number
}

/** The little of an mdast node the detector reads. */
interface MdNode {
  type: string
  value?: string
  url?: string
  children?: MdNode[]
  position?: {start: Point; end: Point}
}

/** A candidate: what the loose detector found, with the linter's messages on it. */
interface Unit {
  line: number
  col: number
  rule: string
  kind: string
  text: string
  lint: string[]
}

/** A message of one of the two rules. */
interface RuleMessage {
  line: number
  col: number
  rule: string
  msg: string
}

/** The text of a node, tags of HTML taken out. */
const text = (n: MdNode): string =>
  n.type === 'html' ? (n.value ?? '').replace(/<[^>]*>/g, ' ') : n.value ?? (n.children ?? []).map(text).join('')
/** The text of a node, HTML as written. */
const raw = (n: MdNode): string => (n.type === 'html' ? n.value! : n.value ?? (n.children ?? []).map(raw).join(''))
/** White space collapsed to single spaces, trimmed. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Where a node starts. */
const start = (n: MdNode) => n.position!.start
/** Whether a list item holds a single link and nothing else. */
const isLinkOnly = (item: MdNode) => {
  const kids = (item.children ?? []).flatMap((c) => (c.type === 'paragraph' ? (c.children ?? []) : [c]))
  const real = kids.filter((k) => !(k.type === 'text' && !k.value!.trim()))
  return real.length === 1 && real[0]!.type === 'link'
}

/** The units the loose detector finds in a tree. */
function units(tree: MdNode): Unit[] {
  const out: Unit[] = []
  const add = (n: MdNode, rule: string, kind: string, t: string) =>
    out.push({line: start(n).line, col: start(n).column, rule, kind, text: squash(t).slice(0, 150), lint: []})
  const furniture = (n: MdNode) => {
    const t = squash(text(n))
    return t.length > 0 && t.length <= 300 && (FURNITURE.test(t) || PROMPT.test(t))
  }
  const visit = (parent: MdNode) => {
    const kids = parent.children ?? []
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!
      if (n.type === 'html' && parent.type !== 'paragraph' && parent.type !== 'heading') {
        // Block HTML: extend the run over consecutive html siblings.
        let j = i
        let open = /<!--[^>]*\b(begin|start)\b/i.test(n.value!)
        while (j + 1 < kids.length && (kids[j + 1]!.type === 'html' || open)) {
          const next = kids[j + 1]!
          const touching = start(next).line === kids[j]!.position!.end.line + 1
          if (!open && !touching) break
          if (open && start(next).line > start(n).line + 30) break
          j++
          if (next.type === 'html' && /<!--[^>]*\bend\b/i.test(next.value!)) open = false
        }
        const run = kids
          .slice(i, j + 1)
          .map((k) => (k.type === 'html' ? k.value : raw(k)))
          .join('\n')
        const t = squash(run.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<[^>]*>/g, ' '))
        add(n, t.length <= 300 && FURNITURE.test(t) ? 'no-scraper-boilerplate' : 'no-ad-markup', 'html', run)
        i = j
        continue
      }
      if ((n.type === 'paragraph' || n.type === 'heading') && furniture(n)) {
        // A label and the list or HTML block right under it are one unit.
        const next = kids[i + 1]
        const label = squash(text(n)).length <= 60 && FURNITURE.test(squash(text(n)))
        const under =
          label && next && (next.type === 'list' || next.type === 'html') && start(next).line <= n.position!.end.line + 2
        add(n, 'no-scraper-boilerplate', 'furniture', text(n) + (under ? ` + ${next!.type}: ${text(next!)}` : ''))
        if (under) {
          visit(next!)
          i++
        }
      } else if (n.type === 'paragraph' && (n.children ?? []).some((c) => c.type === 'html')) {
        add(n, 'no-ad-markup', 'inline-html', raw(n))
      }
      if (n.type === 'list' && (n.children ?? []).length >= 3) {
        const items = n.children!
        if (items.filter(isLinkOnly).length >= 0.8 * items.length) add(n, 'no-scraper-boilerplate', 'linklist', text(n))
      }
      if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && COMMERCIAL.test(n.url ?? '')) {
        add(n, 'no-ad-markup', n.type, `${text(n)} -> ${n.url}`)
      }
      if (n.type !== 'code' && n.children) visit(n)
    }
  }
  visit(tree)
  return out
}

/** The markdown files under a folder, paths sorted. */
const files = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true})
    .flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(md|markdown|mdx)$/.test(e.name) ? [join(dir, e.name)] : []
    )
    .sort()
/** sha1 of a string, in hex. */
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
/** Whether a corpora-relative path is in the main sample. */
const sampled = (rel: string) => (rel.startsWith('spam/') ? /^0[01]/.test(sha1(rel)) : sha1(rel).startsWith('0'))

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const linter = remark()
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkRejectDeepNesting)
  .use(remarkPlaceSplitText)
  .use(remarkLint)
  .use(noAdMarkup)
  .use(noBoilerplate)

/** The messages the current linter gives for the two rules on a file. */
async function lint(path: string, value: string): Promise<RuleMessage[]> {
  const file = await linter.process(new VFile({path, value}))
  return file.messages
    .filter((m) => RULES.has(m.ruleId ?? ''))
    .map((m) => ({line: m.line ?? 0, col: m.column ?? 0, rule: m.ruleId!, msg: m.reason}))
}

const all = files(ROOT).map((p) => relative(ROOT, p))
/** Whether a docs file outside the sample is in the targeted draw. */
const hot = (rel: string, value: string) =>
  rel.startsWith('docs/') && !sampled(rel) && /^[0-3]/.test(sha1(rel)) && HOT.test(value)
for (const rel of all) {
  const value = readFileSync(join(ROOT, rel), 'utf8')
  const targeted = hot(rel, value)
  if (!sampled(rel) && !targeted) continue
  const found = units(parser.parse(value) as unknown as MdNode).filter((u) => !targeted || HOT.test(u.text))
  if (targeted && !found.length) continue
  for (const m of await lint(rel, value)) {
    if (targeted && !found.some((c) => c.line === m.line)) continue
    const u =
      found.find((c) => c.line === m.line && c.col === m.col && !c.lint.length) ??
      found.find((c) => c.line === m.line && !c.lint.length)
    if (u) u.lint.push(`${m.rule}: ${m.msg}`)
    else found.push({line: m.line, col: m.col, rule: m.rule, kind: 'LINT-ONLY', text: m.msg, lint: [m.msg]})
  }
  found.sort((a, b) => a.line - b.line || a.col - b.col)
  console.log(`\n## ${rel} (${found.length})${targeted ? ' targeted' : ''}`)
  for (const u of found) {
    const lint = u.lint.length ? ` [LINT ${u.lint.join(' | ').slice(0, 140)}]` : ''
    console.log(`${rel}:${u.line}:${u.col}\t${u.rule}\t${u.kind}${lint}\t${u.text}`)
  }
}

if (process.argv.includes('--all-docs')) {
  console.log('\n## messages of the two rules on all of docs/')
  for (const rel of all.filter((p) => p.startsWith('docs/'))) {
    for (const m of await lint(rel, readFileSync(join(ROOT, rel), 'utf8'))) {
      console.log(`${rel}:${m.line}:${m.col}\t${m.rule}\t${m.msg.slice(0, 160)}`)
    }
  }
}

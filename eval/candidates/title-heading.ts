/**
 * Candidates for `title-heading-match` (label file eval/labels/title-heading-match.jsonl).
 *
 * A candidate is one page with a frontmatter `title` (YAML or TOML) and at least one
 * heading: the pair is the title and the FIRST heading of the body (any depth); its
 * line is that heading's line. Pages without a title or a heading are skipped.
 *
 * Draw (deterministic, independent of the rule's output):
 * - spam: per site (printer-issues, network-issues), candidates sorted by sha1(path)
 *   hex; the first SPAM_PER_SITE (50) are the sample. Because the farm nearly always
 *   repeats the title as the heading, the sample holds few mismatches: it is topped up
 *   with EVERY other spam candidate whose title and heading differ once lowercased and
 *   stripped to letters and digits ("spam-extra").
 * - docs: per site (the six under docs/), candidates sorted by sha1(path) hex; the
 *   first DOCS_PER_SITE (14) are the sample.
 * - flagged: every docs page where the current preset reports `title-heading-match`.
 * For every sampled page it also prints every `title-heading-match` message the current
 * preset gives, so precision can be measured exactly on the sample.
 *
 * Run from /work/main: node --import tsx eval/candidates/title-heading.ts > /tmp/out.txt
 * (the output quotes corpus text: keep it out of the repository).
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join, relative} from 'node:path'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import preset from '../../packages/remark-preset-lint-content-quality/dist/index.js'

const coreRequire = createRequire(new URL('../../packages/content-quality-core/package.json', import.meta.url))
const yaml = coreRequire('yaml') as {parse: (s: string) => unknown}
const toml = coreRequire('smol-toml') as {parse: (s: string) => unknown}

const ROOT = '/work/shared/corpora'
const SPAM_PER_SITE = 50
const DOCS_PER_SITE = 14

type Candidate = {path: string; line: number; title: string; heading: string; depth: number; body: string}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
const files = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)))
    .sort()
const byHash = (paths: string[]) => [...paths].sort((a, b) => (sha1(a) < sha1(b) ? -1 : 1))
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
const flat = (s: string, n: number) => s.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\s+/g, ' ').trim().slice(0, n)

function candidate(path: string): Candidate | undefined {
  const text = readFileSync(join(ROOT, path), 'utf8')
  const tree = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).parse(text)
  // mdast's types know `yaml` only; remark-frontmatter also makes `toml` nodes.
  const fm = tree.children[0] as {type: string; value?: string} | undefined
  if (!fm || (fm.type !== 'yaml' && fm.type !== 'toml') || fm.value === undefined) return undefined
  let data: unknown
  try {
    data = fm.type === 'yaml' ? yaml.parse(fm.value) : toml.parse(fm.value)
  } catch {
    return undefined
  }
  const title = (data as {title?: unknown} | null)?.title
  if (typeof title !== 'string' || !title.trim()) return undefined
  const heading = tree.children.find((n) => n.type === 'heading')
  if (!heading || heading.type !== 'heading' || !heading.position) return undefined
  const source = text.slice(heading.position.start.offset, heading.position.end.offset)
  return {
    path,
    line: heading.position.start.line,
    title,
    heading: source.replace(/^#+\s*|\s*#*$/g, '').replace(/\n[=-]+$/, ''),
    depth: heading.depth,
    body: flat(text.slice(heading.position.end.offset), 400)
  }
}

async function messages(path: string): Promise<string[]> {
  const file = await remark().use(preset).process(readFileSync(join(ROOT, path), 'utf8'))
  return file.messages
    .filter((m) => m.ruleId === 'title-heading-match')
    .map((m) => `${m.line}:${m.column} ${m.reason.replace(/\s+/g, ' ')}`)
}

async function show(section: string, path: string, c: Candidate | undefined) {
  const msgs = await messages(path)
  console.log(`### [${section}] ${path}`)
  if (c) {
    console.log(`line ${c.line} (h${c.depth})\n  TITLE:   ${c.title}\n  HEADING: ${c.heading}\n  BODY:    ${c.body}`)
  }
  for (const m of msgs) console.log(`  LINT ${m}`)
  console.log()
}

const pick = (site: string) => byHash(files(join(ROOT, site))).flatMap((p) => candidate(p) ?? [])

for (const site of ['spam/printer-issues', 'spam/network-issues']) {
  const all = pick(site)
  for (const c of all.slice(0, SPAM_PER_SITE)) await show('spam-sample', c.path, c)
  for (const c of all.slice(SPAM_PER_SITE)) {
    if (norm(c.title) !== norm(c.heading)) await show('spam-extra', c.path, c)
  }
}
const sampled = new Set<string>()
for (const site of readdirSync(join(ROOT, 'docs')).sort()) {
  for (const c of pick(join('docs', site)).slice(0, DOCS_PER_SITE)) {
    sampled.add(c.path)
    await show('docs-sample', c.path, c)
  }
}
for (const path of files(join(ROOT, 'docs'))) {
  if (sampled.has(path) || (await messages(path)).length === 0) continue
  await show('docs-flagged', path, candidate(path))
}

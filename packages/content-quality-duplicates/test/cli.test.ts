import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, describe, it} from 'node:test'
import {parseIndex} from 'content-quality-sketch'
import {page, paragraphs} from '../../content-quality-sketch/test/pages.ts'

const bin = fileURLToPath(new URL('../bin/content-quality-duplicates.js', import.meta.url))
const folders: string[] = []
after(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true})
})

/** A folder with the given files. */
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'duplicates-'))
  folders.push(folder)
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    writeFileSync(path.join(folder, name), value)
  }
  return folder
}

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const body = paragraphs(1, 8)
const shared = body[2]!
const pages = {
  'posts/original.md': page('How the printer stops', body, '2024-01-05'),
  'posts/copy.md': page('How the printer stops', [...body.slice(0, 6), ...paragraphs(9, 1), ...body.slice(7)], '2024-06-01'),
  'posts/one-paragraph.md': page('Another story', [...paragraphs(2, 4), shared, ...paragraphs(3, 3)], '2023-01-01'),
  'posts/unrelated.md': page('Unrelated', paragraphs(4, 8))
}

describe('content-quality-duplicates', () => {
  it('warns on the later of two pages with one body, at its first block, and not on a page sharing a paragraph', () => {
    const {code, stderr} = run(site(pages), ['.'])
    assert.equal(code, 0)
    const lines = stderr.split('\n')
    assert.equal(lines[0], 'posts/copy.md')
    assert.match(lines[1]!, /^6:1-6:24 +warning +Unexpected copy of `posts\/original\.md` \(Jaccard similarity 0\.78, estimated 0\.\d\d\), expected a page of its own +no-duplicate-document +remark-lint$/)
    assert.match(lines[3]!, /^ +6:1-6:24 +info +The earlier page, `posts\/original\.md`/)
    assert.deepEqual(lines.slice(5), ['posts/one-paragraph.md: no issues found', 'posts/original.md: no issues found', 'posts/unrelated.md: no issues found', '', '⚠ 1 warning', ''])
  })

  it('exits with 1 on a copy with --frail, and reports JSON and SARIF with the original as the related place', () => {
    const folder = site(pages)
    assert.equal(run(folder, ['--frail', '-q', '.']).code, 1)
    const json = JSON.parse(run(folder, ['--report', 'json', '-q', 'posts']).stdout)
    assert.deepEqual(
      json.map((file: {path: string; messages: unknown[]}) => [file.path, file.messages.length]),
      [['posts/copy.md', 1]]
    )
    const [message] = json[0].messages
    assert.equal(message.ruleId, 'no-duplicate-document')
    assert.equal(message.note, 'Group of 2 near-duplicate pages, earliest first: `posts/original.md`, `posts/copy.md`')
    const log = JSON.parse(run(folder, ['--report', 'sarif', 'posts/*.md']).stdout)
    const [result] = log.runs[0].results
    assert.equal(result.ruleId, 'remark-lint:no-duplicate-document')
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'posts/copy.md')
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, 'posts/original.md')
  })

  it('finds the same on worker threads as in this thread', () => {
    const folder = site(pages)
    assert.equal(run(folder, ['-j', '2', '.']).stderr, run(folder, ['-j', '1', '.']).stderr)
  })

  it('writes an index of every page, paths relative to its folder', () => {
    const folder = site(pages)
    mkdirSync(path.join(folder, 'cache'))
    assert.equal(run(folder, ['-q', '--write-index', 'cache/index.json', 'posts']).code, 0)
    const index = parseIndex(readFileSync(path.join(folder, 'cache/index.json'), 'utf8'), 'index.json')
    assert.deepEqual(
      index.pages.map((entry) => [entry.path, entry.date === undefined ? null : new Date(entry.date).toISOString().slice(0, 10)]),
      [
        ['../posts/copy.md', '2024-06-01'],
        ['../posts/one-paragraph.md', '2023-01-01'],
        ['../posts/original.md', '2024-01-05'],
        ['../posts/unrelated.md', null]
      ]
    )
    assert.deepEqual(index.options, {threshold: 0.7, shingleSize: 5, minimumWords: 100, include: []})
    // Written whole, through a temporary file that is gone.
    assert.deepEqual(readdirSync(path.join(folder, 'cache')), ['index.json'])
    const failed = run(folder, ['--write-index', 'missing/folder/index.json', 'posts'])
    assert.equal(failed.code, 1)
    assert.match(failed.stderr, /^Cannot write index `missing\/folder\/index.json`: ENOENT/)
  })

  it('keeps sketches in a cache with --cache, and reads again only pages whose bytes changed', () => {
    const folder = site(pages)
    const cacheFile = path.join(folder, 'node_modules/.cache/content-quality-duplicates.json')
    const first = run(folder, ['-q', '--cache', 'posts'])
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    assert.deepEqual(
      cache.pages.map((entry: {path: string}) => entry.path),
      ['posts/copy.md', 'posts/one-paragraph.md', 'posts/original.md', 'posts/unrelated.md']
    )
    assert.equal(run(folder, ['-q', '--cache', 'posts']).stderr, first.stderr)
    // A cached sketch is used as long as the bytes hash the same: this one now says the page is short.
    cache.pages[0].words = 3
    writeFileSync(cacheFile, JSON.stringify(cache))
    assert.equal(run(folder, ['-q', '--cache', 'posts']).stderr, '')
    // Changed bytes are read again.
    writeFileSync(path.join(folder, 'posts/copy.md'), pages['posts/copy.md'] + '\nOne more line.\n')
    assert.match(run(folder, ['-q', '--cache', 'posts']).stderr, /Unexpected copy of `posts\/original.md`/)
    // Other text options make other sketches: the cache is not used.
    assert.match(run(folder, ['-q', '--cache', '--include', 'code', 'posts']).stderr, /Unexpected copy/)
    writeFileSync(cacheFile, '{broken')
    const broken = run(folder, ['-q', '--cache', '--cache-location', 'node_modules/.cache/content-quality-duplicates.json', 'posts'])
    assert.match(broken.stderr, /^content-quality-duplicates: Cannot read cache `.*content-quality-duplicates.json`, reading every page: /)
    assert.match(broken.stderr, /Unexpected copy/)
    assert.equal(JSON.parse(readFileSync(cacheFile, 'utf8')).pages.length, 4)
  })

  it('honours the threshold and gives a fatal message to a page it cannot read', () => {
    const folder = site({...pages, 'broken.mdx': '# Title\n\n<div {oops\n'})
    const {code, stderr} = run(folder, ['-q', '--threshold', '0.9', '.', 'gone.md'])
    assert.equal(code, 1)
    assert.doesNotMatch(stderr, /Unexpected copy/)
    assert.match(stderr, /^broken\.mdx\n4:1 +error +Unexpected end of file in expression, expected a corresponding closing brace for `\{` +no-duplicate-document +content-quality-duplicates$/m)
    assert.match(stderr, /^gone\.md\n +error +Cannot read file: no such file +no-duplicate-document +content-quality-duplicates$/m)
  })

  it('rejects bad options with exit code 2, naming the option', () => {
    const folder = site(pages)
    const cases: Array<[string[], RegExp]> = [
      [['--threshold', '2'], /^Unexpected value `2` for option `--threshold`, expected a number from 0.05 to 1\n/],
      [['--threshold', 'high'], /^Unexpected `--threshold` value `high`, expected a number\n/],
      [['--shingle-size', '2.5'], /^Unexpected value `2.5` for option `--shingle-size`, expected an integer from 1 to 20\n/],
      [['--include', 'css'], /^Unexpected text `css` for option `--include`, expected `html` or `code`\n/],
      [['--jobs', '0'], /^Unexpected `--jobs` value `0`, expected a positive integer\n/],
      [['--report', 'xml'], /^Unexpected `--report` value `xml`, expected `json` or `sarif`\n/],
      [['--bogus'], /^Unknown option '--bogus'/]
    ]
    for (const [args, expected] of cases) {
      const result = run(folder, args)
      assert.equal(result.code, 2, args.join(' '))
      assert.match(result.stderr, expected)
      assert.match(result.stderr, /Usage: content-quality-duplicates/)
    }
    assert.match(run(folder, ['--help']).stdout, /^Usage: content-quality-duplicates \[options\] \[paths…\]/)
  })

  it('reports progress on standard error for a thousand pages or more, unless told not to', () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 1000; index++) files['p/' + String(index).padStart(4, '0') + '.md'] = 'Page ' + index + '.\n'
    const folder = site(files)
    const {stderr} = run(folder, ['-q', '-j', '1', 'p'])
    assert.deepEqual(
      stderr.split('\n').filter((line) => line.startsWith('content-quality-duplicates:')).map((line) => line.replace(/, in [\d.]+ s$/, '')),
      [
        'content-quality-duplicates: reading 1000 pages on 1 thread',
        ...[100, 200, 300, 400, 500, 600, 700, 800, 900].map((done) => 'content-quality-duplicates: read ' + done + ' of 1000 pages'),
        'content-quality-duplicates: comparing 1000 pages',
        'content-quality-duplicates: found 0 groups of near-duplicates, 0 copies'
      ]
    )
    assert.equal(run(folder, ['-q', '--no-progress', 'p']).stderr, '')
  })
})

/**
 * End-to-end: the real `eslint` binaries (9 and 10) with this plugin's
 * `recommended` config over every file of `examples/`, against remark with
 * the preset over the same files: every finding must have the same rule,
 * start, end and message (plus its cause, which ESLint puts in the message).
 * Each example is also linted with CRLF and CR line endings and with a
 * byte-order mark, and as CommonMark as well as GFM.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {ESLint} from 'eslint'
import {remark} from 'remark'
import remarkPresetLintContentQuality from 'remark-preset-lint-content-quality'
import remarkContentQualitySyntax from 'remark-preset-lint-content-quality/syntax'
import {VFile} from 'vfile'
import {eslintVersions} from './eslint-versions.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const examples = join(root, 'examples')
const pluginUrl = new URL('../dist/index.js', import.meta.url).href

/** The line-ending and byte-order-mark variants each example is linted in. */
const variants: Record<string, (text: string) => string> = {
  lf: (text) => text,
  crlf: (text) => text.replace(/\r?\n/g, '\r\n'),
  cr: (text) => text.replace(/\r?\n/g, '\r'),
  bom: (text) => '\uFEFF' + text
}

/**
 * The temporary project: `<language>-<frontmatter>/<variant>/<example>`, and
 * an `eslint.config.js` that is the README's minimal one, plus overrides for
 * CommonMark and (for examples that start with `+++`) TOML frontmatter.
 */
const project = mkdtempSync(join(tmpdir(), 'eslint-plugin-content-quality-'))
after(() => rmSync(project, {recursive: true, force: true}))

writeFileSync(
  join(project, 'eslint.config.js'),
  [
    `import contentQuality from ${JSON.stringify(pluginUrl)}`,
    'export default [',
    '  contentQuality.configs.recommended,',
    "  {files: ['commonmark-*/**/*.md'], language: 'markdown/commonmark'},",
    "  {files: ['*-toml/**/*.md'], languageOptions: {frontmatter: 'toml'}}",
    ']',
    ''
  ].join('\n')
)

const files: Array<{path: string; language: 'gfm' | 'commonmark'; text: string}> = []
for (const name of readdirSync(examples).filter((name) => name.endsWith('.md'))) {
  const original = readFileSync(join(examples, name), 'utf8')
  const frontmatter = original.startsWith('+++') ? 'toml' : 'yaml'
  for (const language of ['gfm', 'commonmark'] as const) {
    for (const [variant, transform] of Object.entries(variants)) {
      const path = join(language + '-' + frontmatter, variant, name)
      mkdirSync(join(project, language + '-' + frontmatter, variant), {recursive: true})
      writeFileSync(join(project, path), transform(original))
      files.push({path, language, text: transform(original)})
    }
  }
}

/** `rule line:column-line:column message`, as both sides are compared. */
type Row = string

/** What remark with the preset (GFM on for GFM, off for CommonMark) reports. */
async function remarkRows(file: (typeof files)[number]): Promise<Row[]> {
  const processor = remark().use(remarkPresetLintContentQuality)
  if (file.language === 'commonmark') processor.use(remarkContentQualitySyntax, {gfm: false})
  const result = await processor.process(new VFile({path: file.path, value: Buffer.from(file.text)}))
  return result.messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    const cause = message.cause as {place?: {start: {line: number; column: number}}; reason?: string} | undefined
    const note = cause?.place ? ` (${cause.reason} at ${cause.place.start.line}:${cause.place.start.column})` : ''
    return `${message.ruleId} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} ${message.reason}${note}`
  })
}

/** Rows in document order (ESLint sorts by place; remark keeps rule order). */
function byPlace(rows: Row[]): Row[] {
  const key = (row: Row): number[] => / (\d+):(\d+)-(\d+):(\d+) /.exec(row)!.slice(1).map(Number)
  return [...rows].sort((a, b) => {
    const [left, right] = [key(a), key(b)]
    const index = left.findIndex((value, position) => value !== right[position])
    return index === -1 ? a.localeCompare(b) : left[index]! - right[index]!
  })
}

interface EslintResult {
  filePath: string
  messages: Array<{ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string}>
}

for (const version of eslintVersions) {
  describe('the eslint CLI of ' + version.name + ' with the recommended config', () => {
    const run = spawnSync(process.execPath, [version.bin, '--format', 'json', '.'], {cwd: project, encoding: 'utf8'})
    const results = (JSON.parse(run.stdout || '[]') as EslintResult[]).filter((result) => result.filePath.endsWith('.md'))

    it('lints every example file and fails on the findings', () => {
      assert.equal(run.stderr, '')
      assert.equal(run.status, 1)
      assert.deepEqual(
        results.map((result) => result.filePath).sort(),
        files.map((file) => join(project, file.path)).sort()
      )
    })

    for (const file of files) {
      it('reports what remark reports on ' + file.path, async () => {
        const result = results.find((result) => result.filePath === join(project, file.path))
        assert.ok(result, 'no result for ' + file.path)
        const rows = result.messages.map((message) => {
          const rule = message.ruleId ?? ''
          assert.ok(rule.startsWith('content-quality/'), 'unexpected message ' + message.message)
          return `${rule.slice('content-quality/'.length)} ${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.message}`
        })
        assert.deepEqual(byPlace(rows), byPlace(await remarkRows(file)))
      })
    }

    it('has findings to compare in every language and variant', () => {
      for (const language of ['gfm', 'commonmark']) {
        for (const variant of Object.keys(variants)) {
          const directory = join(project, language + '-yaml', variant)
          const count = results
            .filter((result) => result.filePath.startsWith(directory))
            .reduce((sum, result) => sum + result.messages.length, 0)
          assert.ok(count > 0, 'no findings in ' + directory)
        }
      }
    })
  })
}

describe("the repository's own ESLint configuration", () => {
  it('does not lint markdown', async () => {
    const eslint = new ESLint({cwd: root})
    assert.equal(await eslint.calculateConfigForFile(join(examples, 'mojibake.md')), undefined)
    assert.notEqual(await eslint.calculateConfigForFile(join(root, 'bench', 'run.ts')), undefined)
  })
})

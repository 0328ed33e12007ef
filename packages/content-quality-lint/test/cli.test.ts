/**
 * The `content-quality-lint` command on a folder of 60 markdown files: the
 * same report whatever `--jobs` is, shards that cover every file once, shard
 * SARIF logs that merge into the log of the whole run, exit codes, and the
 * text the `remark` CLI prints.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'
import markdownExtensions from 'markdown-extensions'
import {batchSize} from '../lib/batch-size.ts'

const bin = fileURLToPath(new URL('../bin/content-quality-lint.js', import.meta.url))
const preset = fileURLToPath(new URL('../../remark-preset-lint-content-quality/dist/index.js', import.meta.url))
const remarkBin = fileURLToPath(new URL('../../../node_modules/remark-cli/cli.js', import.meta.url))

/**
 * A folder with `files` (names may have folders) and a `.remarkrc.json` that
 * loads the preset by path (it also stops the search for configuration files
 * in parent folders).
 */
function project(files: Record<string, string>, configuration: object = {plugins: [preset]}): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'content-quality-lint-'))
  writeFileSync(path.join(directory, '.remarkrc.json'), JSON.stringify(configuration))
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    writeFileSync(path.join(directory, name), value)
  }
  return directory
}

/** Run the command in `cwd`. */
function lint(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The paths of the files in a `--report json` report. */
function pathsOf(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)
}

/** A page of the site: clean, or with a repeated word, mojibake or an ad slot. */
function page(index: number): string {
  const heading = '# Note ' + index + '\n\n'
  switch (index % 4) {
    case 1:
      return heading + 'Rinse the the filter under warm water before it dries.\n'
    case 2:
      return heading + 'Brew for four minutes â€” not longer, or it turns bitter.\n'
    case 3:
      return heading + 'Grind the beans just before brewing.\n\n<ins class="adsbygoogle" data-ad-slot="1234"></ins>\n'
    default:
      return heading + 'Store the beans in a sealed tin, away from light.\n'
  }
}

/** 60 pages (some nested, some in a hidden folder), an MDX page, a `.remarkignore`d page and a `node_modules` page. */
function site(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < 60; index++) {
    const folder = index < 40 ? '' : index < 55 ? 'guides/brewing/' : '.drafts/'
    files[folder + 'note-' + String(index).padStart(2, '0') + '.md'] = page(index)
  }
  files['guides/intro.mdx'] = "import {Tip} from './tip.js'\n\n<Tip>\n  Warm the cup the the first time.\n</Tip>\n"
  files['ignored.md'] = 'Left the the way it is.\n'
  files['.remarkignore'] = 'ignored.md\n'
  files['node_modules/beans/readme.md'] = 'Not the the site.\n'
  return files
}

/** The files `site()` lints, sorted: all but the ignored one and `node_modules`, hidden ones included, as remark does. */
const siteFiles = Object.keys(site())
  .filter((name) => name.endsWith('.md') || name.endsWith('.mdx'))
  .filter((name) => name !== 'ignored.md' && !name.startsWith('node_modules/'))
  .sort()

describe('content-quality-lint', () => {
  const directory = project(site())

  it('lints every markdown and MDX file of a folder, skipping ignored files and node_modules', () => {
    const {code, stdout} = lint(directory, '--report', 'json', '--jobs', '2')
    assert.equal(code, 0)
    assert.equal(siteFiles.length, 61)
    assert.deepEqual(pathsOf(stdout), siteFiles)
  })

  it('lints a file named twice (an absolute glob, a relative path) once, under its relative path', () => {
    const named = siteFiles.filter((name) => name.startsWith('guides/brewing/'))
    assert.ok(named.length > 0)
    const {code, stdout} = lint(directory, '--report', 'json', path.join(directory, 'guides/brewing/*.md'), named[0]!)
    assert.equal(code, 0)
    assert.deepEqual(pathsOf(stdout), named)
  })

  for (const reporter of [[], ['--report', 'json'], ['--report', 'sarif']]) {
    it('reports byte for byte the same with --jobs 1, 2 and 3 (' + (reporter[1] ?? 'text') + ')', () => {
      const one = lint(directory, '--no-color', '--jobs', '1', ...reporter)
      assert.equal(one.code, 0)
      assert.ok((reporter.length > 0 ? one.stdout : one.stderr).length > 1000)
      assert.deepEqual(lint(directory, '--no-color', '--jobs', '2', ...reporter), one)
      assert.deepEqual(lint(directory, '--no-color', '--jobs', '3', ...reporter), one)
    })
  }

  it('prints the text the remark CLI prints, for a folder and for a missing file', () => {
    const extensions = [...markdownExtensions, 'mdx'].join(',')
    for (const args of [['.'], ['.', '--quiet'], ['guides', 'missing.md']]) {
      const remark = spawnSync(process.execPath, [remarkBin, '--no-color', '--no-stdout', '--ext', extensions, ...args], {
        cwd: directory,
        encoding: 'utf8'
      })
      const ours = lint(directory, '--no-color', ...args)
      assert.equal(ours.stderr, remark.stderr)
      assert.equal(ours.code, remark.status)
    }
  })

  it('reports a file exactly', () => {
    const small = project({'a.md': 'Rinse the the filter.\n\nBrew â€” slowly.\n'})
    const {code, stdout, stderr} = lint(small, '--no-color')
    assert.equal(code, 0)
    assert.equal(stdout, '')
    assert.equal(
      stderr,
      [
        'a.md',
        '1:10-1:14 warning Unexpected repeated word `the`, expected it once no-duplicated-phrases remark-lint',
        '3:6-3:9   warning Unexpected mojibake `â€”`, expected `—`          no-mojibake           remark-lint',
        '',
        '⚠ 2 warnings',
        ''
      ].join('\n')
    )
  })

  it('splits the files into shards that cover each file once, the same every time', () => {
    const shards = ['1/3', '2/3', '3/3'].map((shard) => pathsOf(lint(directory, '--report', 'json', '--shard', shard).stdout))
    assert.deepEqual(shards.flat().sort(), siteFiles)
    for (const files of shards) assert.ok(files.length > 0)
    const again = ['1/3', '2/3', '3/3'].map((shard) => pathsOf(lint(directory, '--report', 'json', '--shard', shard, '-j', '1').stdout))
    assert.deepEqual(again, shards)
  })

  it('merges the SARIF logs of the shards into the log of the whole run', () => {
    const whole = lint(directory, '--report', 'sarif').stdout
    const logs = ['1/3', '2/3', '3/3'].map(function (shard, index) {
      const file = path.join(directory, 'shard-' + index + '.sarif')
      writeFileSync(file, lint(directory, '--report', 'sarif', '--shard', shard).stdout)
      return file
    })
    const merged = lint(directory, '--merge-sarif', ...logs)
    assert.equal(merged.code, 0)
    assert.equal(merged.stdout, whole)
  })

  it('says why it cannot merge SARIF logs that are missing or not JSON, and exits with 1', () => {
    writeFileSync(path.join(directory, 'broken.sarif'), '{"runs": [')
    const broken = lint(directory, '--merge-sarif', 'broken.sarif')
    assert.equal(broken.code, 1)
    assert.equal(broken.stdout, '')
    assert.match(broken.stderr, /^Cannot merge SARIF logs: .*JSON/)
    const missing = lint(directory, '--merge-sarif', 'missing.sarif')
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /^Cannot merge SARIF logs: ENOENT: no such file or directory, open 'missing.sarif'\n$/)
  })

  it('exits with 0 on warnings, and with 1 on warnings with --frail', () => {
    assert.equal(lint(directory, 'note-01.md').code, 0)
    assert.equal(lint(directory, '--frail', 'note-01.md').code, 1)
    assert.equal(lint(directory, '-f', 'note-00.md').code, 0)
  })

  it('gives a missing path a fatal message and exits with 1', () => {
    const {code, stderr} = lint(directory, '--no-color', '--silent', 'missing.md', 'note-00.md')
    assert.equal(code, 1)
    assert.equal(
      stderr,
      [
        'missing.md',
        ' error No such file or folder',
        '  [cause]:',
        "    Error: ENOENT: no such file or directory, stat '" + path.join(directory, 'missing.md') + "'",
        '',
        '✖ 1 error',
        ''
      ].join('\n')
    )
  })

  it('reports with --quiet only files with messages, with --silent only fatal messages', () => {
    const quiet = lint(directory, '--no-color', '--quiet', 'note-00.md', 'note-01.md')
    assert.match(quiet.stderr, /^note-01\.md\n/)
    assert.doesNotMatch(quiet.stderr, /note-00/)
    assert.equal(lint(directory, '--no-color', '--silent', 'note-01.md').stderr, '')
  })

  it('gives each file a worker held when it stopped a fatal message, and lints the rest', () => {
    const crashing = project(site(), {plugins: [preset, './crash.js']})
    writeFileSync(
      path.join(crashing, 'crash.js'),
      "import process from 'node:process'\n" +
        'export default function crash() {\n' +
        "  return (_tree, file) => { if (file.basename === 'note-10.md') process.exit(3) }\n" +
        '}\n'
    )
    const {code, stdout} = lint(crashing, '--report', 'json', '--jobs', '2')
    assert.equal(code, 1)
    const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string; fatal: boolean}>}>
    assert.deepEqual(
      files.map((file) => file.path),
      siteFiles
    )
    const size = batchSize(siteFiles.length, 2)
    const batch = Math.floor(siteFiles.indexOf('note-10.md') / size)
    const held = siteFiles.slice(batch * size, (batch + 1) * size)
    const failed = files.filter((file) => file.messages.some((message) => message.fatal))
    assert.deepEqual(
      failed.map((file) => [file.path, file.messages.map((message) => message.reason)]),
      held.map((name) => [name, ['Cannot lint file: its worker thread stopped']])
    )
  })

  it('rejects bad option values with exit code 2', () => {
    const cases: Array<[string[], string]> = [
      [['--jobs', '0'], 'Unexpected `--jobs` value `0`, expected a positive integer'],
      [['--jobs', 'x'], 'Unexpected `--jobs` value `x`, expected a positive integer'],
      [['--shard', '0/2'], 'Unexpected `--shard` value `0/2`, expected `i/n` with 1 ≤ i ≤ n'],
      [['--shard', '3/2'], 'Unexpected `--shard` value `3/2`, expected `i/n` with 1 ≤ i ≤ n'],
      [['--shard', 'x'], 'Unexpected `--shard` value `x`, expected `i/n` with 1 ≤ i ≤ n'],
      [['--shard', '1/0'], 'Unexpected `--shard` value `1/0`, expected `i/n` with 1 ≤ i ≤ n'],
      [['--report', 'xml'], 'Unexpected `--report` value `xml`, expected `json` or `sarif`'],
      [['--frobnicate'], "Unknown option '--frobnicate'"]
    ]
    for (const [args, reason] of cases) {
      const {code, stdout, stderr} = lint(directory, ...args)
      assert.equal(code, 2, args.join(' '))
      assert.equal(stdout, '')
      assert.equal(stderr.split('\n')[0]!.split('. To specify')[0], reason)
    }
  })
})

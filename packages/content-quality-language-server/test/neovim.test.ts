/**
 * A real editor: headless Neovim (0.7, the version Debian ships) runs the
 * Neovim 0.7 configuration of the package's readme, then `neovim/driver.lua`.
 * The configuration attaches the server (the built binary, as
 * `content-quality-language-server` on PATH) to a markdown buffer; the
 * driver reads `vim.diagnostic.get()`, requests code actions as
 * `vim.lsp.buf.code_action()` does and applies the preferred one. Neovim counts bytes: with UTF-16 positions it converts the
 * diagnostics it receives, but echoes byte columns back in a code action
 * request, so the fix is only right because the server looks it up by
 * `diagnostic.data.id` and not by the echoed range.
 *
 * Needs `nvim` on PATH; skipped without it, except under CI (`CI` set), where
 * a missing Neovim fails (`.ci/run` installs it).
 */
import assert from 'node:assert/strict'
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, type TestContext} from 'node:test'
import {fileURLToPath} from 'node:url'
import {serverBinary} from './lsp-client.ts'

const driverScript = fileURLToPath(new URL('neovim/driver.lua', import.meta.url))

/** The readme's Neovim 0.7 configuration, and its optional line that offers UTF-8. */
const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')
const configuration = /Neovim 0\.7 to 0\.9[^]*?```lua\n([^]*?)```/.exec(readme)?.[1] ?? ''
const utf8Line = /^ *capabilities\.offsetEncoding = .*\n/m

/** Kill Neovim (and fail) when a run takes longer than this. */
const hardTimeout = 60_000
/** How long the driver waits for each answer before it writes an error and exits 1. */
const driverTimeout = 15_000

const nvimMissing = spawnSync('nvim', ['--version'], {stdio: 'ignore'}).error !== undefined

/** The document: non-ASCII text before the mojibake, so byte and UTF-16 columns differ. */
const mojibake = 'â€”'
const mojibakeLine = 'Our favourite café and crème shop runs a deal ' + mojibake + ' 30 kettles off.'
const text = ['# Spring kettle sale', '', mojibakeLine, '', 'Prices hold until the end of April.', ''].join('\n')
const fixedText = text.replace(mojibake, '—')

/** Where the mojibake is: 0-based line, columns in UTF-8 bytes (what `vim.diagnostic` holds) and UTF-16 units. */
const lnum = 2
const utf16Col = mojibakeLine.indexOf(mojibake)
const byteCol = Buffer.byteLength(mojibakeLine.slice(0, utf16Col))
const byteEndCol = byteCol + Buffer.byteLength(mojibake)

/** One `vim.diagnostic.get()` entry as the driver writes it. */
interface NeovimDiagnostic {
  lnum: number
  col: number
  end_lnum: number
  end_col: number
  severity: number
  code: string
  source: string
  message: string
  data?: {id?: string}
}

interface LspPosition {
  line: number
  character: number
}

interface LspRange {
  start: LspPosition
  end: LspPosition
}

/** The lines `driver.lua` writes, by kind. */
interface Records {
  start?: {version: {major: number; minor: number; patch: number}}
  client?: {offset_encoding: string}
  before?: NeovimDiagnostic[]
  request?: {params: {range: LspRange; context: {diagnostics: {range: LspRange; code: string; data?: {id?: string}}[]}}}
  actions?: {title: string; kind: string; isPreferred: boolean}[]
  lines?: string[]
  after?: NeovimDiagnostic[]
  done?: boolean
  errors: string[]
}

interface Run {
  records: Records
  code: number | null
  signal: NodeJS.Signals | null
  /** Neovim's stderr, its LSP log and the raw output: what a failure message shows. */
  report: string
}

/** Skip (not under CI) or fail (under CI) when Neovim is missing; whether to go on. */
function needsNeovim(t: TestContext): boolean {
  if (!nvimMissing) return true
  if (process.env.CI !== undefined) assert.fail('nvim is not on PATH; under CI it must be installed (see .ci/run)')
  t.skip('nvim not installed')
  return false
}

/** Quote a word for `sh`. */
function shellQuote(word: string): string {
  return "'" + word.replaceAll("'", "'\\''") + "'"
}

/** Escape a file name for an Ex command, as Neovim's `fnameescape()` does. */
function fnameescape(name: string): string {
  return name.replace(/[ \t\n*?[{`$\\%#'"|!<]/g, '\\$&')
}

/**
 * Run Neovim with `config` on a new markdown file holding `text` in a
 * temporary folder outside the repository, with the built server on PATH as
 * `content-quality-language-server`.
 */
async function runNeovim(config: string): Promise<Run> {
  assert.ok(existsSync(serverBinary), serverBinary + ' is missing: run `pnpm build` first')
  const folder = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'content-quality-neovim-')))
  try {
    const file = path.join(folder, 'kettles.md')
    const configFile = path.join(folder, 'init.lua')
    const outputFile = path.join(folder, 'output.jsonl')
    const bin = path.join(folder, 'bin')
    const xdg = path.join(folder, 'xdg')
    for (const name of ['config', 'data', 'state', 'cache']) mkdirSync(path.join(xdg, name), {recursive: true})
    mkdirSync(bin)
    writeFileSync(path.join(bin, 'content-quality-language-server'), '#!/bin/sh\nexec ' + shellQuote(process.execPath) + ' ' + shellQuote(serverBinary) + ' "$@"\n', {mode: 0o755})
    writeFileSync(configFile, config)
    writeFileSync(file, text)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: bin + path.delimiter + (process.env.PATH ?? ''),
      CONTENT_QUALITY_NVIM_OUTPUT: outputFile,
      CONTENT_QUALITY_NVIM_TIMEOUT: String(driverTimeout),
      // Neovim's files (lsp.log among them) stay in the temporary folder.
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_STATE_HOME: path.join(xdg, 'state'),
      XDG_CACHE_HOME: path.join(xdg, 'cache')
    }
    const args = ['--headless', '--clean', '-u', 'NONE', '-n', '-i', 'NONE', '-c', 'luafile ' + fnameescape(configFile), '-c', 'luafile ' + fnameescape(driverScript), file]
    const child = spawn('nvim', args, {cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stdout.setEncoding('utf8').resume()
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, hardTimeout)
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
    }).finally(() => clearTimeout(timer))

    const raw = existsSync(outputFile) ? readFileSync(outputFile, 'utf8') : ''
    const records: Records = {errors: []}
    for (const line of raw.split('\n').filter(Boolean)) {
      const record = JSON.parse(line) as {kind: string} & Record<string, unknown>
      if (record.kind === 'start') records.start = record as unknown as Records['start']
      else if (record.kind === 'client') records.client = record as unknown as Records['client']
      else if (record.kind === 'diagnostics') records[record.phase as 'before' | 'after'] = record.diagnostics as NeovimDiagnostic[]
      else if (record.kind === 'request') records.request = record as unknown as Records['request']
      else if (record.kind === 'actions') records.actions = record.actions as Records['actions']
      else if (record.kind === 'lines') records.lines = record.lines as string[]
      else if (record.kind === 'done') records.done = true
      else if (record.kind === 'error') records.errors.push(String(record.message))
      else records.errors.push('unknown record: ' + line)
    }
    const lspLog = path.join(xdg, 'cache', 'nvim', 'lsp.log')
    const report = [
      killed ? 'killed after ' + hardTimeout + ' ms' : 'exit code ' + code + (signal ? ', signal ' + signal : ''),
      'stderr: ' + stderr,
      'lsp.log: ' + (existsSync(lspLog) ? readFileSync(lspLog, 'utf8') : '(none)'),
      'output: ' + raw
    ].join('\n')
    return {records, code, signal, report}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** The one diagnostic of the document, as `vim.diagnostic.get()` holds it: byte columns whatever the encoding. */
const expectedBefore: NeovimDiagnostic[] = [
  {
    lnum,
    col: byteCol,
    end_lnum: lnum,
    end_col: byteEndCol,
    severity: 2,
    code: 'no-mojibake',
    source: 'remark-lint',
    message: 'Unexpected mojibake `â€”`, expected `—`',
    // The first finding of the server's first check.
    data: {id: '1:0'}
  }
]

/** Assert everything Neovim reported, for a client that counts in `encoding`. */
function assertRun(run: Run, encoding: 'utf-16' | 'utf-8'): void {
  const {records, report} = run
  assert.deepEqual(records.errors, [], report)
  assert.equal(records.done, true, report)
  assert.equal(run.code, 0, report)

  assert.equal(records.client?.offset_encoding, encoding, report)

  // Diagnostics: 0-based line, byte columns; nothing else in the document is flagged.
  assert.deepEqual(records.before, expectedBefore, report)

  // The request: the cursor position converted to the client's encoding; the
  // line's diagnostics echoed with the finding id.
  const params = records.request!.params
  const cursor = {line: lnum, character: encoding === 'utf-8' ? byteCol : utf16Col}
  assert.deepEqual(params.range, {start: cursor, end: cursor}, report)
  assert.equal(params.context.diagnostics.length, 1, report)
  const echoed = params.context.diagnostics[0]!
  assert.equal(echoed.code, 'no-mojibake')
  assert.deepEqual(echoed.data, {id: '1:0'})
  const version = records.start!.version
  if (version.major === 0 && version.minor === 7) {
    // Neovim 0.7 echoes `vim.diagnostic` byte columns unconverted: in UTF-16
    // they point 2 units past the mojibake (at `— 3…`), so a server that
    // trusted them would damage the line.
    assert.deepEqual(echoed.range, {start: {line: lnum, character: byteCol}, end: {line: lnum, character: byteEndCol}}, report)
  }

  assert.deepEqual(records.actions, [{title: 'Replace `â€”` with `—`', kind: 'quickfix', isPreferred: true}], report)

  // The buffer after the fix: exactly the mojibake replaced, nothing else.
  assert.equal(records.lines![lnum], 'Our favourite café and crème shop runs a deal — 30 kettles off.', report)
  assert.equal(records.lines!.join('\n') + '\n', fixedText, report)

  // The diagnostics of the fixed text: the mojibake is gone, nothing else came.
  assert.deepEqual(records.after, [], report)
}

describe('Neovim 0.7 with the server attached (vim.lsp.start_client)', () => {
  it('the columns differ in bytes and UTF-16 units (what the document is for), and the readme has the configuration', () => {
    assert.deepEqual([utf16Col, byteCol, byteEndCol], [46, 48, 56])
    assert.match(configuration, /vim\.lsp\.start_client/)
    assert.match(configuration, utf8Line)
  })

  it('the readme configuration (UTF-8 offered with `offsetEncoding`): byte columns in vim.diagnostic, the fix replaces only the mojibake, its diagnostic goes', {timeout: hardTimeout + 30_000}, async (t) => {
    if (!needsNeovim(t)) return
    assertRun(await runNeovim(configuration), 'utf-8')
  })

  it('without its `offsetEncoding` line (UTF-16, the default): the same byte columns, the same fix, whatever range Neovim echoes', {timeout: hardTimeout + 30_000}, async (t) => {
    if (!needsNeovim(t)) return
    assertRun(await runNeovim(configuration.replace(utf8Line, '')), 'utf-16')
  })
})

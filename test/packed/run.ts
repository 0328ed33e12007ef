/**
 * The tarball test: install the packages the way a user would and run them.
 *
 * 1. `pnpm pack` every `packages/*` package into a temporary folder (pnpm
 *    rewrites `workspace:*` to versions; the private root is not packed) and
 *    check the tarballs: no tests, every source map resolves, publish
 *    metadata, every package a `.d.ts` imports declared.
 * 2. Make a project outside the repository with `npm init -y` (so CommonJS,
 *    `"type": "commonjs"`), and `npm install` the tarballs with `remark-cli`,
 *    `eslint@9` and `@eslint/markdown` from the npm registry.
 * 3. Run what the readmes tell users to run there: the remark CLI with the
 *    preset over a GFM and an MDX file, `content-quality-fix`, the SARIF
 *    reporter, ESLint with the plugin's `recommended` config, and the
 *    language server over stdio: in the project (its `.remarkrc.json`), and
 *    in a folder without any configuration (the preset): diagnostics, a
 *    document of 100 KB with 500 findings, a quick fix applied, a burst of
 *    500 edits answered for the final version within 2 s of the last edit,
 *    and shutdown.
 *
 * `.remarkrc.json` and `eslint.config.mjs` are the snippets of README.md.
 * Prints one line per check and `N passed, N failed`; exits with 1 when a
 * check fails (the temporary folder is then kept, and named, for a look).
 *
 * Run with `pnpm test:packed` (builds first) or
 * `node --import tsx test/packed/run.ts`.
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isDeepStrictEqual} from 'node:util'

const root = fileURLToPath(new URL('../../', import.meta.url))
const packagesFolder = path.join(root, 'packages')
const repositoryUrl = 'https://github.com/content-quality-lint/content-quality-lint'

/** The GFM file: a table whose neighbouring cells are equal (no message), and one repeated word. */
const gfmFile = ['# Kettles', '', '| Model A | Model B |', '| ------- | ------- |', '| 8 GB | 8 GB |', '', 'The the kettle.', ''].join('\n')

/** The MDX file: an import, a JSX component, an expression comment, and mojibake in prose. */
const mdxFile = [
  "import {Chart} from './chart.js'",
  '',
  '# Kettle prices',
  '',
  '<Chart kind="bar" />',
  '',
  '{/* a comment */}',
  '',
  'Our favourite deal â€” every kettle.',
  ''
].join('\n')

/** What the preset reports on each file: `range reason rule`, as the remark CLI prints it. */
const expected = {
  'doc.md': ['7:4-7:8 warning Unexpected repeated word `the`, expected it once no-duplicated-phrases'],
  'page.mdx': ['9:20-9:23 warning Unexpected mojibake `â€”`, expected `—` no-mojibake']
}

/** One check: a name and a body that throws when it fails. */
interface Check {
  name: string
  run: () => void | Promise<void>
}

/** The outcome of a command. */
interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** The environment for commands: without the `npm_*` settings of the `pnpm` script that runs this, and without colour. */
const environment: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'FORCE_COLOR')),
  NO_COLOR: '1'
}

/** Run `command` in `cwd` and collect its output. */
function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, {cwd, env: environment, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024})
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run `command`, throwing with its output unless it exits with 0. */
function runOrThrow(command: string, args: string[], cwd: string): Run {
  const result = run(command, args, cwd)
  if (result.status !== 0) {
    throw new Error('`' + [command, ...args].join(' ') + '` exited with ' + result.status + ':\n' + result.stderr + result.stdout)
  }
  return result
}

/** `npx --no <args>` in the project: a binary the project installed, never one fetched. */
function npx(project: string, args: string[]): Run {
  return run('npx', ['--no', '--', ...args], project)
}

/** Throw with `message` unless `ok`. */
function expect(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message)
}

/** Throw unless `actual` and `wanted` are deeply equal. */
function expectEqual(actual: unknown, wanted: unknown, what: string): void {
  expect(isDeepStrictEqual(actual, wanted), what + ':\n  expected ' + JSON.stringify(wanted) + '\n  got      ' + JSON.stringify(actual))
}

/** The folder names of `packages/*`. */
function workspacePackages(): string[] {
  return readdirSync(packagesFolder).filter((name) => existsSync(path.join(packagesFolder, name, 'package.json'))).sort()
}

// ---------------------------------------------------------------------------
// Packing

/** Pack every `packages/*` package into `destination`; the tarballs, by package name. */
function packAll(destination: string): Map<string, string> {
  runOrThrow('pnpm', ['-r', '--filter', './packages/*', 'pack', '--pack-destination', destination], root)
  const tarballs = new Map<string, string>()
  for (const file of readdirSync(destination).filter((name) => name.endsWith('.tgz'))) {
    tarballs.set(file.replace(/-\d+\.\d+\.\d+(?:-[\w.]+)?\.tgz$/, ''), path.join(destination, file))
  }
  return tarballs
}

/** Unpack `tarball` into a folder of `into`; the package's folder. */
function unpack(tarball: string, into: string): string {
  const folder = path.join(into, path.basename(tarball, '.tgz'))
  mkdirSync(folder, {recursive: true})
  runOrThrow('tar', ['-xzf', tarball, '-C', folder], into)
  return path.join(folder, 'package')
}

/** Every file below `folder`, relative to it, with forward slashes. */
function filesIn(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name)
    return statSync(file).isDirectory() ? filesIn(file, prefix + name + '/') : [prefix + name]
  })
}

/** A package's manifest, as far as the checks read it. */
interface Manifest {
  name: string
  private?: boolean
  repository?: unknown
  homepage?: string
  bugs?: unknown
  engines?: Record<string, string>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as Manifest
}

/** Problems with the files of an unpacked package: tests shipped, source maps naming files it lacks. */
function fileProblems(folder: string): string[] {
  const files = filesIn(folder)
  const problems = files.filter((file) => /(^|\/)(test|tests|__tests__)\/|\.test\.[cm]?[jt]s$/.test(file)).map((file) => file + ' is a test')
  if (!files.some((file) => /^readme\.md$/i.test(file))) problems.push('no readme')
  for (const map of files.filter((file) => file.endsWith('.map'))) {
    const {sources} = JSON.parse(readFileSync(path.join(folder, map), 'utf8')) as {sources: string[]}
    for (const source of sources) {
      const target = path.posix.join(path.posix.dirname(map), source)
      if (!files.includes(target)) problems.push(map + ' names ' + source + ', which the tarball lacks')
    }
  }
  return problems
}

/** Problems with the publish metadata of an unpacked package. */
function manifestProblems(folder: string, directory: string): string[] {
  const manifest = readManifest(folder)
  const problems: string[] = []
  if (manifest.private) problems.push('is private')
  expectEqualOr(problems, 'repository', manifest.repository, {type: 'git', url: 'git+' + repositoryUrl + '.git', directory: 'packages/' + directory})
  expectEqualOr(problems, 'homepage', manifest.homepage, repositoryUrl + '/tree/main/packages/' + directory + '#readme')
  if (!manifest.bugs) problems.push('no `bugs`')
  expectEqualOr(problems, 'engines', manifest.engines, {node: '>=20.19'})
  for (const field of ['dependencies', 'peerDependencies'] as const) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (range.startsWith('workspace:')) problems.push(field + ' keeps `' + name + '@' + range + '`')
    }
  }
  return problems
}

function expectEqualOr(problems: string[], field: string, actual: unknown, wanted: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push('`' + field + '` is ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(wanted))
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** Packages imported by the `.d.ts` files of an unpacked package that it does not declare. */
function undeclaredTypeImports(folder: string): string[] {
  const manifest = readManifest(folder)
  const declared = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})])
  const problems = new Set<string>()
  for (const file of filesIn(folder).filter((name) => name.endsWith('.d.ts'))) {
    const text = readFileSync(path.join(folder, file), 'utf8')
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|reference\s+types=)["']([^"'.][^"']*)["']/g)) {
      const name = packageOf(match[1]!)
      if (name.startsWith('node:') || builtinModules.includes(name)) continue
      const types = '@types/' + (name.startsWith('@') ? name.slice(1).replace('/', '__') : name)
      if (!declared.has(name) && !declared.has(types)) problems.add(file + ' imports `' + name + '`')
    }
  }
  return [...problems]
}

// ---------------------------------------------------------------------------
// The project

/** The first code block of `language` after `marker` in `text`. */
function snippetAfter(text: string, marker: string, language: string): string {
  const start = text.indexOf(marker)
  expect(start !== -1, 'README.md lost ' + marker)
  const open = text.indexOf('```' + language + '\n', start)
  expect(open !== -1, 'README.md has no ' + language + ' block after ' + marker)
  const body = open + language.length + 4
  return text.slice(body, text.indexOf('\n```', body)) + '\n'
}

/** Make the project with `npm init -y` and install the tarballs and the tools from the registry. */
function createProject(project: string, tarballs: Map<string, string>): void {
  mkdirSync(project, {recursive: true})
  runOrThrow('npm', ['init', '-y'], project)
  const manifest = readManifest(project) as Manifest & {type?: string}
  expect(manifest.type === undefined || manifest.type === 'commonjs', '`npm init -y` made a project of type ' + manifest.type)
  const plugin = readManifest(path.join(packagesFolder, 'eslint-plugin-content-quality'))
  const markdownRange = plugin.peerDependencies?.['@eslint/markdown'] ?? 'latest'
  runOrThrow('npm', ['install', '--no-fund', '--no-audit', ...tarballs.values(), 'remark-cli', 'eslint@9', '@eslint/markdown@' + markdownRange], project)

  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  writeFileSync(path.join(project, '.remarkrc.json'), snippetAfter(readme, '`.remarkrc.json`:', 'json'))
  writeFileSync(path.join(project, 'eslint.config.mjs'), snippetAfter(readme, '`eslint.config.mjs`', 'js'))
  writeFileSync(path.join(project, 'doc.md'), gfmFile)
  writeFileSync(path.join(project, 'page.mdx'), mdxFile)
}

/**
 * The messages of the remark CLI's report, by file: `range severity reason
 * rule` (causes left out).
 */
function remarkReport(stderr: string): Record<string, string[]> {
  const report: Record<string, string[]> = {}
  let file: string | undefined
  for (const line of stderr.split('\n')) {
    const header = /^(\S+\.mdx?)(?:: no issues found)?$/.exec(line)
    const message = /^(\d+:\d+-\d+:\d+)\s+(warning|error|info)\s+(.+?)\s+(\S+)\s+remark-lint\s*$/.exec(line)
    if (header) report[(file = header[1]!)] = []
    else if (message && file) report[file]!.push(message.slice(1).join(' '))
  }
  return report
}

// ---------------------------------------------------------------------------
// The language server

/** A JSON-RPC message of LSP. */
interface Message {
  id?: number
  method?: string
  params?: unknown
  result?: unknown
  error?: {message: string}
}

/** A diagnostic, as far as the check reads it. */
interface Diagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  message: string
  code?: string | number
  source?: string
  data?: unknown
}

/** A code action, as far as the check reads it. */
interface CodeAction {
  title: string
  edit?: {changes?: Record<string, Array<{range: Diagnostic['range']; newText: string}>>}
}

/** A document of about 100 KB with 500 mojibake dashes, one per paragraph, and nothing else to report. */
function largeDocument(): string {
  const paragraphs = Array.from({length: 500}, function (_, index) {
    const filler = 'The kettle on shelf ' + index + ' was cleaned, descaled and checked by the team before it went back on sale'
    return 'Note ' + index + ' says the kettle works â€” mostly. ' + filler + ', and its lid closes well after number ' + index + '.'
  })
  return '# Kettle notes\n\n' + paragraphs.join('\n\n') + '\n'
}

/** A language server over stdio and a minimal client: requests, notifications, and waiting for a notification. */
class LanguageClient {
  private readonly server
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly replies = new Map<number, (message: Message) => void>()
  private readonly notifications: Message[] = []
  private readonly waiting = new Set<() => void>()
  readonly exited: Promise<number | null>
  stderr = ''

  constructor(binary: string, cwd: string) {
    this.server = spawn(binary, ['--stdio'], {cwd, env: environment, stdio: ['pipe', 'pipe', 'pipe']})
    this.exited = new Promise((resolve) => this.server.on('exit', (code) => resolve(code)))
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
  }

  /** Split the stream into messages (`Content-Length` framing) and dispatch them. */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/content-length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1])
      const bodyStart = headerEnd + 4
      if (this.buffer.length < bodyStart + length) return
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8')) as Message
      this.buffer = this.buffer.subarray(bodyStart + length)
      this.dispatch(message)
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request of the server (`workspace/configuration`, `client/registerCapability`): answer with nothing.
      this.send({id: message.id, result: null})
    } else if (message.method !== undefined) {
      this.notifications.push(message)
      for (const check of this.waiting) check()
    } else if (message.id !== undefined) {
      this.replies.get(message.id)?.(message)
      this.replies.delete(message.id)
    }
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({jsonrpc: '2.0', ...message}), 'utf8')
    this.server.stdin.write('Content-Length: ' + body.length + '\r\n\r\n')
    this.server.stdin.write(body)
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.replies.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)))
      this.send({id, method, params})
    })
  }

  notify(method: string, params: unknown): void {
    this.send({method, params})
  }

  /** The params of every notification received with `method`. */
  messages(method: string): unknown[] {
    return this.notifications.filter((message) => message.method === method).map((message) => message.params)
  }

  /** The first notification (received or to come) that `test` accepts, or a rejection after `timeout` ms. */
  notification(test: (message: Message) => boolean, timeout: number): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(check)
        reject(new Error('no such notification within ' + timeout + ' ms; got ' + JSON.stringify(this.notifications.map((message) => message.method))))
      }, timeout)
      const check = () => {
        const found = this.notifications.find(test)
        if (!found) return
        clearTimeout(timer)
        this.waiting.delete(check)
        resolve(found)
      }
      this.waiting.add(check)
      check()
    })
  }

  /** `shutdown` and `exit`; the exit code (the process is killed when it does not exit in time). */
  async stop(): Promise<number | null> {
    const timer = setTimeout(() => this.server.kill(), 10_000)
    try {
      await this.request('shutdown', null)
      this.notify('exit', null)
    } catch {
      this.server.kill()
    }
    const code = await this.exited
    clearTimeout(timer)
    return code
  }
}

/** Start the language server installed in `project` on `workspace`, initialized. */
async function startLanguageServer(project: string, workspace: string): Promise<LanguageClient> {
  const binary = path.join(project, 'node_modules', '.bin', 'content-quality-language-server')
  const client = new LanguageClient(binary, workspace)
  const workspaceUri = pathToFileURL(workspace).href
  await client.request('initialize', {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{uri: workspaceUri, name: 'project'}],
    capabilities: {
      textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}}}
    }
  })
  client.notify('initialized', {})
  return client
}

/** The diagnostics the server publishes for `uri` at `version`, within `timeout` ms. */
async function diagnosticsOf(client: LanguageClient, uri: string, version: number, timeout = 30_000): Promise<Diagnostic[]> {
  const published = await client.notification(function (message) {
    const params = message.params as {uri?: string; version?: number}
    return message.method === 'textDocument/publishDiagnostics' && params.uri === uri && params.version === version
  }, timeout)
  return (published.params as {diagnostics: Diagnostic[]}).diagnostics
}

/** `text` with one LSP text edit applied (UTF-16 positions, `\n` lines). */
function applyEdit(text: string, edit: {range: Diagnostic['range']; newText: string}): string {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)]
  const offset = (position: {line: number; character: number}) => lineStarts[position.line]! + position.character
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end))
}

/**
 * Start the installed language server on `workspace`, open `file` (MDX), and
 * return the diagnostics of its first `publishDiagnostics`.
 */
async function languageServerDiagnostics(project: string, workspace: string, file: string): Promise<Diagnostic[]> {
  const client = await startLanguageServer(project, workspace)
  const uri = pathToFileURL(file).href
  try {
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'mdx', version: 1, text: readFileSync(file, 'utf8')}})
    return await diagnosticsOf(client, uri, 1)
  } catch (error) {
    throw new Error(String(error) + (client.stderr ? '\nserver stderr:\n' + client.stderr : ''), {cause: error})
  } finally {
    const code = await client.stop()
    if (code !== 0) console.error('  (language server exited with ' + code + ')')
  }
}

/** The mojibake diagnostic of `page.mdx`, as the server sends it. */
const mdxDiagnostic = {
  range: {start: {line: 8, character: 19}, end: {line: 8, character: 22}},
  message: 'Unexpected mojibake `â€”`, expected `—`',
  code: 'no-mojibake',
  source: 'remark-lint'
}

function summary(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map(({range, message, code, source}) => ({range, message, code, source}))
}

// ---------------------------------------------------------------------------
// The checks

function checks(work: string): Check[] {
  const tarballFolder = path.join(work, 'tarballs')
  const unpacked = path.join(work, 'unpacked')
  const project = path.join(work, 'project')
  let tarballs = new Map<string, string>()
  /** Package name → unpacked folder, package folder under `packages/`. */
  const contents = new Map<string, {folder: string; directory: string}>()

  /** Run `body` for every unpacked package; the problems, prefixed with the package. */
  const each = (body: (folder: string, directory: string) => string[]) =>
    [...contents].flatMap(([name, {folder, directory}]) => body(folder, directory).map((problem) => name + ': ' + problem))
  const noProblems = (problems: string[]) => expect(problems.length === 0, problems.join('\n'))
  /** The language server of checks (f) to (j), in a folder without configuration, and their large document. */
  const plain = path.join(work, 'plain')
  let server: LanguageClient
  let large = largeDocument()
  const largeUri = pathToFileURL(path.join(plain, 'large.md')).href

  return [
    {
      name: 'pnpm pack: one tarball per packages/* package, none for the private root',
      run() {
        mkdirSync(tarballFolder, {recursive: true})
        mkdirSync(unpacked, {recursive: true})
        tarballs = packAll(tarballFolder)
        const names = workspacePackages().map((directory) => readManifest(path.join(packagesFolder, directory)).name)
        expectEqual([...tarballs.keys()].sort(), names.sort(), 'tarballs')
        for (const directory of workspacePackages()) {
          const name = readManifest(path.join(packagesFolder, directory)).name
          contents.set(name, {folder: unpack(tarballs.get(name)!, unpacked), directory})
        }
      }
    },
    {
      name: 'tarballs: a readme, no tests, every source map names files shipped',
      run: () => noProblems(each((folder) => fileProblems(folder)))
    },
    {
      name: 'manifests: repository, homepage, bugs, engines; no workspace: ranges',
      run: () => noProblems(each((folder, directory) => manifestProblems(folder, directory)))
    },
    {
      name: 'declarations: every package a .d.ts imports is a dependency or peer',
      run: () => noProblems(each((folder) => undeclaredTypeImports(folder)))
    },
    {
      name: 'npm init -y (commonjs) and npm install of the tarballs, remark-cli, eslint@9, @eslint/markdown',
      run: () => createProject(project, tarballs)
    },
    {
      name: '(a) remark . --ext md,mdx --frail: GFM table silent, `The the` and MDX mojibake at their ranges, exit 1',
      run() {
        const result = npx(project, ['remark', '.', '--ext', 'md,mdx', '--frail', '--no-stdout', '--no-color'])
        const report = remarkReport(result.stderr)
        expectEqual(report, expected, 'report (stderr was:\n' + result.stderr + ')')
        expect(result.status === 1, 'exit code ' + result.status + ', expected 1 with --frail')
      }
    },
    {
      name: '(b) content-quality-fix on a copy: mojibake and the repeated word fixed, nothing else changed',
      run() {
        const copy = path.join(project, 'fix-copy')
        mkdirSync(copy)
        cpSync(path.join(project, 'doc.md'), path.join(copy, 'doc.md'))
        cpSync(path.join(project, 'page.mdx'), path.join(copy, 'page.mdx'))
        // A folder gives its markdown and MDX files (see the readme).
        const result = npx(project, ['content-quality-fix', 'fix-copy'])
        expect(result.status === 0, 'exit code ' + result.status + ':\n' + result.stderr + result.stdout)
        expectEqual(readFileSync(path.join(copy, 'page.mdx'), 'utf8'), mdxFile.replace('â€”', '—'), 'fixed page.mdx')
        expectEqual(readFileSync(path.join(copy, 'doc.md'), 'utf8'), gfmFile.replace('The the', 'The'), 'fixed doc.md')
      }
    },
    {
      name: '(c) remark --report sarif: valid SARIF 2.1.0 with both rule ids and regions',
      run() {
        const result = npx(project, ['remark', '.', '--ext', 'md,mdx', '--no-stdout', '--report', 'sarif'])
        expect(result.status === 0, 'exit code ' + result.status + ' (expected 0 without --frail):\n' + result.stderr)
        const log = JSON.parse(result.stderr) as {
          version: string
          runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: unknown}}>}>}>
        }
        expect(log.version === '2.1.0', 'version ' + log.version)
        const results = log.runs[0]!.results.map((entry) => ({
          ruleId: entry.ruleId,
          uri: entry.locations[0]!.physicalLocation.artifactLocation.uri,
          region: entry.locations[0]!.physicalLocation.region
        }))
        expectEqual(results, [
          {ruleId: 'remark-lint:no-duplicated-phrases', uri: 'doc.md', region: {startLine: 7, startColumn: 4, endLine: 7, endColumn: 8}},
          {ruleId: 'remark-lint:no-mojibake', uri: 'page.mdx', region: {startLine: 9, startColumn: 20, endLine: 9, endColumn: 23}}
        ], 'results')
      }
    },
    {
      name: '(d) eslint with README.md\'s eslint.config.mjs (recommended): `The the` at 7:4-7:8, exit 1',
      run() {
        const result = npx(project, ['eslint', '--format', 'json', 'doc.md'])
        const [file] = JSON.parse(result.stdout || '[]') as Array<{messages: Array<Record<string, unknown>>}>
        const messages = (file?.messages ?? []).map(({ruleId, message, line, column, endLine, endColumn}) => ({ruleId, message, line, column, endLine, endColumn}))
        expectEqual(messages, [
          {ruleId: 'content-quality/no-duplicated-phrases', message: 'Unexpected repeated word `the`, expected it once', line: 7, column: 4, endLine: 7, endColumn: 8}
        ], 'messages (stderr was:\n' + result.stderr + ')')
        expect(result.status === 1, 'exit code ' + result.status + ', expected 1')
      }
    },
    {
      name: '(e) language server over stdio, MDX document in the project (.remarkrc.json): mojibake diagnostic',
      async run() {
        const diagnostics = await languageServerDiagnostics(project, project, path.join(project, 'page.mdx'))
        expectEqual(summary(diagnostics), [mdxDiagnostic], 'diagnostics')
      }
    },
    {
      name: '(f) language server in a folder without configuration: the preset, nothing in the log',
      async run() {
        mkdirSync(plain)
        server = await startLanguageServer(project, plain)
        const uri = pathToFileURL(path.join(plain, 'note.md')).href
        const text = '# Kettle care\n\nFill the kettle â€” then boil it.\n'
        server.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
        const character = 'Fill the kettle '.length
        expectEqual(
          summary(await diagnosticsOf(server, uri, 1)),
          [{...mdxDiagnostic, range: {start: {line: 2, character}, end: {line: 2, character: character + 3}}}],
          'diagnostics'
        )
        const logs = server.messages('window/logMessage')
        expect(logs.length === 0, 'log: ' + JSON.stringify(logs))
      }
    },
    {
      name: '(g) a 100 KB document with 500 findings: 200 diagnostics and one that counts the other 300',
      async run() {
        server.notify('textDocument/didOpen', {textDocument: {uri: largeUri, languageId: 'markdown', version: 1, text: large}})
        const diagnostics = await diagnosticsOf(server, largeUri, 1)
        expectEqual(diagnostics.length, 201, 'diagnostics')
        expectEqual(
          diagnostics[200]!.message,
          'Unexpected 300 more messages from `no-mojibake` in this file, expected at most 200 (option `maxMessages`)',
          'the last diagnostic'
        )
      }
    },
    {
      name: '(h) a quick fix applied: the dash repaired, one finding fewer',
      async run() {
        const [first] = await diagnosticsOf(server, largeUri, 1)
        const actions = (await server.request('textDocument/codeAction', {
          textDocument: {uri: largeUri},
          range: first!.range,
          context: {diagnostics: [first]}
        })) as CodeAction[]
        expectEqual(actions.map((action) => action.title), ['Replace `â€”` with `—`'], 'code actions')
        large = applyEdit(large, actions[0]!.edit!.changes![largeUri]![0]!)
        expect(large.startsWith('# Kettle notes\n\nNote 0 says the kettle works — mostly.'), 'fixed text: ' + large.slice(0, 60))
        server.notify('textDocument/didChange', {textDocument: {uri: largeUri, version: 2}, contentChanges: [{text: large}]})
        const after = await diagnosticsOf(server, largeUri, 2)
        expectEqual(after.at(-1)?.message.slice(0, 26), 'Unexpected 299 more messag', 'the last diagnostic')
      }
    },
    {
      name: '(i) a burst of 500 edits: the final version answered within 2 s of the last edit',
      async run() {
        let sent = 0
        for (let version = 3; version <= 502; version++) {
          server.notify('textDocument/didChange', {textDocument: {uri: largeUri, version}, contentChanges: [{text: large + '\nEdit ' + version + '.\n'}]})
          sent = performance.now()
        }
        const final = await diagnosticsOf(server, largeUri, 502)
        const wait = performance.now() - sent
        expectEqual(final.length, 201, 'diagnostics of the final version')
        console.log('     final diagnostics ' + Math.round(wait) + ' ms after the last edit')
        expect(wait <= 2000, 'answered ' + Math.round(wait) + ' ms after the last edit')
      }
    },
    {
      name: '(j) shutdown and exit: exit code 0',
      async run() {
        expectEqual(await server.stop(), 0, 'exit code')
      }
    },
    {
      name: '(k) content-quality-duplicates --frail --write-index: the copy reported, exit 1; remark with no-duplicate-document and the index: the copy once',
      run() {
        const site = path.join(project, 'site')
        mkdirSync(path.join(site, 'posts'), {recursive: true})
        writeFileSync(path.join(site, 'posts/original.md'), duplicatePage('Fixing a squeaky door hinge', '2024-02-01'))
        writeFileSync(path.join(site, 'posts/copy.md'), duplicatePage('Five habits of a quiet home'))
        const found = npx(project, ['content-quality-duplicates', '--frail', '-q', '--write-index', 'site/index.json', 'site'])
        expect(found.status === 1, 'exit code ' + found.status + ', expected 1 with --frail:\n' + found.stderr)
        expect(/^site\/posts\/copy\.md\n5:1-5:30 +warning +Unexpected copy of `site\/posts\/original\.md` \(Jaccard similarity 1\.00, estimated 1\.00\)/m.test(found.stderr), 'report:\n' + found.stderr)
        writeFileSync(
          path.join(project, 'duplicates.remarkrc.json'),
          JSON.stringify({plugins: ['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: 'site/index.json'}]]})
        )
        const linted = npx(project, ['remark', 'site', '--rc-path', 'duplicates.remarkrc.json', '--no-stdout', '--no-color'])
        const copies = linted.stderr.match(/Unexpected copy of `posts\/original\.md`/g) ?? []
        expect(copies.length === 1 && /^site\/posts\/copy\.md$/m.test(linted.stderr), 'report:\n' + linted.stderr)
      }
    }
  ]
}

/** A page of 26 plain sentences under `title`, the same text whatever the title. */
function duplicatePage(title: string, date?: string): string {
  const sentences = Array.from({length: 26}, (_, index) => 'Step ' + index + ' of the repair needs a drop of oil on hinge pin ' + (index * 7) % 13 + ' and a soft cloth.')
  return '---\ntitle: ' + title + '\n' + (date ? 'date: ' + date + '\n' : '') + '---\n\n# Fixing a squeaky door hinge\n\n' + sentences.join(' ') + '\n'
}

/** Run every check in order, print one line each, and the totals; the number that failed. */
async function main(): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'content-quality-packed-'))
  expect(path.relative(root, work).startsWith('..'), 'the temporary folder ' + work + ' is inside the repository')
  let passed = 0
  let failed = 0
  for (const check of checks(work)) {
    try {
      await check.run()
      passed++
      console.log('ok   ' + check.name)
    } catch (error) {
      failed++
      console.log('FAIL ' + check.name)
      console.log(String(error instanceof Error ? error.message : error).replace(/^/gm, '     '))
    }
  }
  console.log(passed + ' passed, ' + failed + ' failed')
  if (failed === 0) rmSync(work, {recursive: true, force: true})
  else console.log('(kept ' + work + ')')
  return failed
}

process.exitCode = (await main()) === 0 ? 0 : 1

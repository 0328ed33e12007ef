/**
 * End-to-end: real `git commit`s in temporary repositories, stopped by the
 * pre-commit framework's hook from this repository and by the husky +
 * lint-staged recipe of the README. A file with defects is refused with the
 * messages shown; a clean file is committed. Git and pre-commit come from
 * PATH, or are installed (see `./programs.ts`).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {stripVTControlCharacters} from 'node:util'
import {after, describe, it} from 'node:test'
import {page, paragraphs} from '../packages/remark-lint-no-duplicate-document/test/site.ts'
import {program} from './programs.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

const defective = '# Opening hours\n\nThe shop â€” on the corner — opens at nine.\n'
const clean = '# Opening hours\n\nThe shop — on the corner — opens at nine.\n'

/** A page of its own text, the same text under another title (undated, so later), and a page that only shares paragraphs. */
const original = page('Caring for a copper kettle', paragraphs.kettle, '2021-03-04')
const copy = page('Ten secrets of kettle maintenance', paragraphs.kettle)
const sharing = page('Notes on a wicker basket', [paragraphs.bicycle[1]!, paragraphs.kettle[0]!, paragraphs.bicycle[0]!])

/** The warning on `copy`. */
const copyWarning = /^1:1-1:36 +warning +Unexpected copy of `posts\/kettle\.md` \(Jaccard similarity 0\.99, estimated 0\.97\), expected a page of its own +no-duplicate-document +remark-lint$/m

/** Write the duplicates index of `project`'s pages with the command, as a site would. */
function writeIndex(project: string): void {
  must(project, process.execPath, [path.join(root, 'packages/content-quality-duplicates/bin/content-quality-duplicates.js'), '-q', '--write-index', '.duplicates.json', 'posts'])
}

/**
 * Git with a fixed identity and no configuration from the machine, and
 * without the `npm_*` variables of the `pnpm test` that runs this, as when a
 * person commits.
 */
const environment = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

/**
 * Run a command: an absolute path, or a system program found (or installed)
 * by `program`. Its output is stdout and stderr together, without colours; a
 * command that could not be started at all throws, saying why.
 */
function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = environment) {
  const file = path.isAbsolute(command) ? command : program(command)
  const result = spawnSync(file, args, {cwd, env, encoding: 'utf8'})
  if (result.error) throw new Error(command + ' ' + args.join(' ') + ' could not be run: ' + result.error.message)
  return {code: result.status, output: stripVTControlCharacters(result.stdout + result.stderr)}
}

/** Run a command that must succeed. */
function must(cwd: string, command: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const {code, output} = run(cwd, command, args, env)
  assert.equal(code, 0, command + ' ' + args.join(' ') + ' failed:\n' + output)
  return output
}

/** Temporary folders, removed when the tests are done. */
const temporary: string[] = []
after(() => {
  for (const directory of temporary) rmSync(directory, {recursive: true, force: true})
})

/** A new temporary folder. */
function temporaryFolder(prefix: string): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix))
  temporary.push(directory)
  return directory
}

/** A new git repository with `files`. */
function repository(prefix: string, files: Record<string, string>): string {
  const directory = temporaryFolder(prefix)
  must(directory, 'git', ['init', '-q', '-b', 'main'])
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    writeFileSync(path.join(directory, name), value)
  }
  return directory
}

function commitCount(directory: string): number {
  const {code, output} = run(directory, 'git', ['rev-list', '--count', 'HEAD'])
  return code === 0 ? Number(output.trim()) : 0
}

/**
 * Stage `name` with `value` and try to commit it; a refused file is unstaged
 * again.
 */
function commit(directory: string, name: string, value: string, env?: NodeJS.ProcessEnv) {
  writeFileSync(path.join(directory, name), value)
  must(directory, 'git', ['add', name])
  const before = commitCount(directory)
  const result = run(directory, 'git', ['commit', '-m', 'Add ' + name], env)
  const committed = commitCount(directory) === before + 1
  if (!committed) must(directory, 'git', ['rm', '-q', '--cached', name])
  return {...result, committed}
}

/**
 * A snapshot of this working tree as a git repository of its own, the way
 * `pre-commit try-repo` makes one: tracked and new files, uncommitted changes
 * included, build output and dependencies left out.
 */
function snapshotOfThisRepository(): {repo: string; rev: string} {
  const files = must(root, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((name) => name && existsSync(path.join(root, name)))
  const repo = repository('content-quality-hook-repo-', {})
  for (const name of files) cpSync(path.join(root, name), path.join(repo, name), {recursive: true})
  must(repo, 'git', ['add', '-A'])
  must(repo, 'git', ['commit', '-q', '-m', 'Snapshot'])
  return {repo, rev: must(repo, 'git', ['rev-parse', 'HEAD']).trim()}
}

describe('the root package.json', () => {
  it('holds only registry packages, so that npm (used by pre-commit) can install this repository', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
        assert.doesNotMatch(range, /^(workspace|link|file):/, field + ' ' + name + ' is not a registry package')
      }
    }
  })
})

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('refuses a commit with defects, showing the messages, and accepts a clean one', () => {
    program('pre-commit') // Found or installed before the slow snapshot, or the test fails here.
    const {repo, rev} = snapshotOfThisRepository()
    const env = {...environment, PRE_COMMIT_HOME: temporaryFolder('pre-commit-home-')}
    const project = repository('content-quality-pre-commit-', {
      '.pre-commit-config.yaml': [
        'repos:',
        '  - repo: ' + JSON.stringify(repo),
        '    rev: ' + rev,
        '    hooks:',
        '      - id: content-quality',
        '        args: [--use, \'content-quality-lint/no-duplicate-document=index:".duplicates.json"\']',
        ''
      ].join('\n'),
      'notes.txt': 'Text files are not checked: â€”\n',
      'posts/kettle.md': original,
      'posts/bicycle.md': page('A bicycle from a rusted frame', paragraphs.bicycle, '2022-06-10')
    })
    writeIndex(project)
    must(project, 'pre-commit', ['install'], env)
    must(project, 'git', ['add', '.pre-commit-config.yaml', '.duplicates.json', 'posts'])
    must(project, 'git', ['commit', '-q', '-m', 'Use pre-commit'], env)

    const refused = commit(project, 'hours.md', defective, env)
    assert.equal(refused.committed, false, refused.output)
    assert.notEqual(refused.code, 0)
    assert.match(refused.output, /content quality \(remark\)\.+Failed/)
    assert.match(refused.output, /^hours\.md$/m)
    assert.match(refused.output, /^3:10-3:13 +warning Unexpected mojibake `â€”`, expected `—` +no-mojibake remark-lint$/m)

    const accepted = commit(project, 'hours.md', clean, env)
    assert.equal(accepted.committed, true, accepted.output)
    assert.match(accepted.output, /content quality \(remark\)\.+Passed/)

    const ignored = commit(project, 'notes.txt', 'Text files are not checked: â€”\n', env)
    assert.equal(ignored.committed, true, ignored.output)

    // With the index: a copy of an indexed page is refused, once; a page sharing paragraphs is not.
    const copied = commit(project, 'posts/secrets.md', copy, env)
    assert.equal(copied.committed, false, copied.output)
    assert.match(copied.output, copyWarning)
    assert.equal([...copied.output.matchAll(/no-duplicate-document +remark-lint/g)].length, 1, copied.output)
    const own = commit(project, 'posts/basket.md', sharing, env)
    assert.equal(own.committed, true, own.output)
    // The original itself, edited: never a copy of itself.
    const edited = commit(project, 'posts/kettle.md', original + '\nThanks to everyone who wrote in.\n', env)
    assert.equal(edited.committed, true, edited.output)
  })
})

/**
 * A repository set up by the README's husky + lint-staged recipe with
 * `.remarkrc.json` and `files`: the packages `npm install --save-dev
 * remark-cli remark-preset-lint-content-quality husky lint-staged` would
 * give (and `packages`), taken from this workspace, committed, and husky
 * installed.
 */
function lintStagedProject(prefix: string, remarkrc: object, files: Record<string, string>, packages: Record<string, string> = {}): string {
  const project = repository(prefix, {
    'package.json': JSON.stringify({private: true, 'lint-staged': {'*.{md,markdown}': 'remark --frail --quiet --no-stdout'}}, null, 2),
    '.remarkrc.json': JSON.stringify(remarkrc),
    '.husky/pre-commit': 'npx lint-staged\n',
    '.gitignore': 'node_modules/\n',
    ...files
  })
  const installed = {
    'remark-cli': path.join(root, 'node_modules/remark-cli'),
    'remark-preset-lint-content-quality': path.join(root, 'packages/remark-preset-lint-content-quality'),
    husky: path.join(root, 'node_modules/husky'),
    'lint-staged': path.join(root, 'node_modules/lint-staged'),
    ...packages
  }
  mkdirSync(path.join(project, 'node_modules/.bin'), {recursive: true})
  for (const [name, target] of Object.entries(installed)) symlinkSync(target, path.join(project, 'node_modules', name))
  symlinkSync('../remark-cli/cli.js', path.join(project, 'node_modules/.bin/remark'))
  symlinkSync('../lint-staged/bin/lint-staged.js', path.join(project, 'node_modules/.bin/lint-staged'))
  return project
}

/** Commit everything of `project` (without running its hook), then install husky's hook. */
function setUp(project: string): void {
  must(project, 'git', ['add', '.'])
  must(project, 'git', ['commit', '-q', '-m', 'Set up', '--no-verify'])
  must(project, process.execPath, [path.join(project, 'node_modules/husky/bin.js')])
}

describe('husky + lint-staged recipe (README)', () => {
  it('refuses a commit with defects, showing the messages, and accepts a clean one', () => {
    const project = lintStagedProject('content-quality-lint-staged-', {plugins: ['remark-preset-lint-content-quality']}, {})
    setUp(project)

    const refused = commit(project, 'hours.md', defective)
    assert.equal(refused.committed, false, refused.output)
    assert.notEqual(refused.code, 0)
    assert.match(refused.output, /remark --frail --quiet --no-stdout/)
    assert.match(refused.output, /3:10-3:13 +warning Unexpected mojibake `â€”`, expected `—` +no-mojibake remark-lint/)

    const accepted = commit(project, 'hours.md', clean)
    assert.equal(accepted.committed, true, accepted.output)
  })

  it('refuses a copy of a page of the index when `.remarkrc.json` gives `no-duplicate-document` one', () => {
    const project = lintStagedProject(
      'content-quality-lint-staged-duplicates-',
      {plugins: ['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: '.duplicates.json'}]]},
      {'posts/kettle.md': original, 'posts/bicycle.md': page('A bicycle from a rusted frame', paragraphs.bicycle, '2022-06-10')},
      {'remark-lint-no-duplicate-document': path.join(root, 'packages/remark-lint-no-duplicate-document')}
    )
    writeIndex(project)
    setUp(project)

    const copied = commit(project, 'posts/secrets.md', copy)
    assert.equal(copied.committed, false, copied.output)
    assert.match(copied.output, /remark --frail --quiet --no-stdout/)
    assert.match(copied.output, /1:1-1:36 +warning +Unexpected copy of `posts\/kettle\.md` \(Jaccard similarity 0\.99, estimated 0\.97\)/)
    assert.equal([...copied.output.matchAll(/no-duplicate-document +remark-lint/g)].length, 1, copied.output)
    assert.equal(commit(project, 'posts/basket.md', sharing).committed, true)
    assert.equal(commit(project, 'posts/kettle.md', original + '\nThanks to everyone who wrote in.\n').committed, true)
  })
})

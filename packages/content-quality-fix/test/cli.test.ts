/**
 * The `content-quality-fix` command on real files: bytes outside the flagged
 * spans stay identical (CRLF, byte-order mark, trailing white space, tabs,
 * non-ASCII text), and a second run changes nothing.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'

const bin = fileURLToPath(new URL('../bin/content-quality-fix.js', import.meta.url))
const preset = fileURLToPath(new URL('../../remark-preset-lint-content-quality/dist/index.js', import.meta.url))

/**
 * A folder with `files` and a `.remarkrc.json` that loads the preset by path
 * (it also stops the search for configuration files in parent folders).
 */
function project(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'content-quality-fix-'))
  writeFileSync(path.join(directory, '.remarkrc.json'), JSON.stringify({plugins: [preset]}))
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(directory, name), value)
  return directory
}

/** Run the command in `cwd`. */
function fix(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function bytes(directory: string, name: string): Buffer {
  return readFileSync(path.join(directory, name))
}

const crlf = [
  '\uFEFF---\r\n',
  'title: Café â€” menu  \r\n',
  '---\r\n',
  '\r\n',
  '# Menu  \r\n',
  '\r\n',
  'Crème brûlée 🍰 â€” 5 â‚¬ â€” 30%% off.   \r\n',
  'naïve\ttext, nothing to fix here \r\n',
  '\r\n',
  'A lost letter: Bj\uFFFDrk.\r\n'
].join('')

const crlfFixed = [
  '\uFEFF---\r\n',
  'title: Café — menu  \r\n',
  '---\r\n',
  '\r\n',
  '# Menu  \r\n',
  '\r\n',
  'Crème brûlée 🍰 — 5 € — 30% off.   \r\n',
  'naïve\ttext, nothing to fix here \r\n',
  '\r\n',
  'A lost letter: Bj\uFFFDrk.\r\n'
].join('')

describe('content-quality-fix', () => {
  it('fixes a CRLF file with a byte-order mark in place, byte for byte', () => {
    const directory = project({'menu.md': crlf})
    const {code, stderr} = fix(directory, 'menu.md')
    assert.equal(code, 0)
    assert.deepEqual(bytes(directory, 'menu.md'), Buffer.from(crlfFixed, 'utf8'))
    assert.equal(bytes(directory, 'menu.md').subarray(0, 3).toString('hex'), 'efbbbf')
    assert.equal(stderr, 'menu.md: fixed 5, 1 left without a fix\n')
  })

  it('changes nothing the second time', () => {
    const directory = project({'menu.md': crlf})
    fix(directory, 'menu.md')
    const once = bytes(directory, 'menu.md')
    const {code, stderr} = fix(directory, 'menu.md')
    assert.equal(code, 0)
    assert.deepEqual(bytes(directory, 'menu.md'), once)
    assert.equal(stderr, 'menu.md: fixed 0, 1 left without a fix\n')
  })

  it('fixes every markdown and MDX file of a folder, and leaves clean and ignored files as they are', () => {
    const clean = 'Plain text — nothing wrong.  \n'
    const directory = project({
      'a.md': 'One â€” two â€” three.\n',
      'b.mdx': "import {Note} from './note.js'\n\n<Note>\n  Four â€” five.\n</Note>\n",
      'clean.md': clean,
      'ignored.md': 'Left â€” alone.\n',
      '.remarkignore': 'ignored.md\n'
    })
    const {code} = fix(directory)
    assert.equal(code, 0)
    assert.equal(bytes(directory, 'a.md').toString(), 'One — two — three.\n')
    assert.equal(bytes(directory, 'b.mdx').toString(), "import {Note} from './note.js'\n\n<Note>\n  Four — five.\n</Note>\n")
    assert.equal(bytes(directory, 'clean.md').toString(), clean)
    assert.equal(bytes(directory, 'ignored.md').toString(), 'Left â€” alone.\n')
  })

  it('fixes a file named twice (in its folder and by name) once', () => {
    const directory = project({'a.mdx': 'One â€” two.\n'})
    const {code, stderr} = fix(directory, '.', 'a.mdx')
    assert.equal(code, 0, stderr)
    assert.equal(bytes(directory, 'a.mdx').toString(), 'One — two.\n')
    assert.equal(stderr.match(/a\.mdx/g)?.length, 1, stderr)
  })

  it('applies only the fixes that are certain, and leaves suggestions for a person', () => {
    const paragraph = 'Drain the barrel before the first frost so the tap does not crack.'
    const document = 'Put the the lid on. The shelf is 30 cm cm wide.\n\n' + paragraph + '\n\n' + paragraph + '\n'
    const directory = project({'barrel.md': document})
    const {code, stderr} = fix(directory, 'barrel.md')
    assert.equal(code, 0)
    const kept = 'Put the lid on. The shelf is 30 cm cm wide.\n\n' + paragraph + '\n\n' + paragraph + '\n'
    assert.equal(bytes(directory, 'barrel.md').toString('utf8'), kept)
    assert.equal(stderr, 'barrel.md: fixed 1, 2 left without a fix\n')
  })

  it('leaves text alone where the rule is disabled', () => {
    const document = '<!-- lint disable no-mojibake -->\n\nKept â€” as is.\n'
    const directory = project({'a.md': document})
    assert.equal(fix(directory, 'a.md').code, 0)
    assert.equal(bytes(directory, 'a.md').toString(), document)
  })

  it('shows a diff with --dry-run, writes nothing, and exits 1 when something would change', () => {
    const directory = project({'menu.md': crlf, 'clean.md': 'Fine.\n'})
    const {code, stdout, stderr} = fix(directory, '--dry-run', 'menu.md')
    assert.equal(code, 1)
    assert.deepEqual(bytes(directory, 'menu.md'), Buffer.from(crlf, 'utf8'))
    assert.match(stdout, /^--- menu\.md$/m)
    assert.match(stdout, /^-title: Café â€” menu {2}\r$/m)
    assert.match(stdout, /^\+title: Café — menu {2}\r$/m)
    assert.match(stdout, /^\+Crème brûlée 🍰 — 5 € — 30% off\. {3}\r$/m)
    assert.equal(stderr, 'menu.md: would fix 5, 1 left without a fix\n')

    const clean = fix(directory, '--diff', 'clean.md')
    assert.deepEqual([clean.code, clean.stdout], [0, ''])
  })

  it('leaves a file that is not valid UTF-8 unchanged and exits 1', () => {
    const broken = Buffer.concat([Buffer.from('Bad byte '), Buffer.from([0xff]), Buffer.from(' here, and â€” there.\n')])
    const directory = project({'broken.md': broken})
    const {code, stderr} = fix(directory, 'broken.md')
    assert.equal(code, 1)
    assert.deepEqual(bytes(directory, 'broken.md'), broken)
    assert.equal(stderr, 'broken.md: not valid UTF-8, left unchanged\n')
  })

  it('rejects unknown options', () => {
    const {code, stderr} = fix(tmpdir(), '--frobnicate')
    assert.equal(code, 2)
    assert.match(stderr, /Unknown option '--frobnicate'/)
  })
})

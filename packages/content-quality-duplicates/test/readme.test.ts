/**
 * The readme's site-wide run is what the command prints on `example/`
 * (compared with runs of spaces folded, as column padding depends on the
 * longest message), and its option table lists every option of `--help`.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {it} from 'node:test'
import {fileURLToPath} from 'node:url'

const folder = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')
const run = (args: string[]) =>
  spawnSync(process.execPath, [fileURLToPath(new URL('../bin/content-quality-duplicates.js', import.meta.url)), ...args], {cwd: folder, encoding: 'utf8'})

/** Fold runs of spaces and drop trailing ones. */
function fold(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trimEnd())
    .join('\n')
}

it('shows the real report of a run on example/', () => {
  const shown = /```sh\nnpx content-quality-duplicates example\n```\n\n```text\n([\s\S]*?)\n```/.exec(readme)
  assert.ok(shown, 'the readme lost its run on example/')
  const result = run(['example', '--no-color'])
  assert.equal(result.status, 0)
  assert.equal(fold(shown[1]!), fold(result.stderr))
})

it('documents every option the command takes', () => {
  const usage = run(['--help']).stdout
  const options = [...usage.matchAll(/^ {2}(?:-\w, | {4})(--[\w-]+)/gm)].map((match) => match[1]!)
  assert.ok(options.length >= 12)
  for (const option of options) assert.ok(readme.includes('`' + option), 'the readme does not document ' + option)
})

/**
 * The readme's option table lists every option of `--help` (its site-wide
 * run is checked in `test/readme-report.test.ts`).
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

it('documents every option the command takes', () => {
  const usage = run(['--help']).stdout
  const options = [...usage.matchAll(/^ {2}(?:-\w, | {4})(--[\w-]+)/gm)].map((match) => match[1]!)
  assert.ok(options.length >= 12)
  for (const option of options) assert.ok(readme.includes('`' + option), 'the readme does not document ' + option)
})

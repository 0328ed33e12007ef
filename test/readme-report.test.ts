/**
 * The report README.md shows for `pnpm examples` is what `remark examples`
 * prints, and the site-wide run the readme of `content-quality-duplicates`
 * shows is what the command prints on its `example/` (compared with runs of
 * spaces folded, as column padding depends on the longest message).
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {it} from 'node:test'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Fold runs of spaces and drop trailing ones. */
function fold(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trimEnd())
    .join('\n')
}

it('README.md shows the real report of the examples', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const shown = /`pnpm examples` runs[\s\S]*?```text\n([\s\S]*?)\n```/.exec(readme)
  assert.ok(shown, 'README.md lost the report of `pnpm examples`')
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url)), 'examples', '--no-color', '--no-stdout'],
    {cwd: root, encoding: 'utf8'}
  )
  assert.equal(fold(shown[1]!), fold(result.stderr))
})

it('the readme of content-quality-duplicates shows the real report of its run on example/', () => {
  const folder = fileURLToPath(new URL('../packages/content-quality-duplicates/', import.meta.url))
  const readme = readFileSync(folder + 'readme.md', 'utf8')
  const shown = /```sh\nnpx content-quality-duplicates example\n```\n\n```text\n([\s\S]*?)\n```/.exec(readme)
  assert.ok(shown, 'the readme lost its run on example/')
  const result = spawnSync(process.execPath, [folder + 'bin/content-quality-duplicates.js', 'example', '--no-color'], {cwd: folder, encoding: 'utf8'})
  assert.equal(result.status, 0)
  assert.equal(fold(shown[1]!), fold(result.stderr))
})

/**
 * End-to-end: the real `remark` binary over a site whose `.remarkrc.json`
 * uses the content-quality preset and configures `no-duplicate-document`
 * again with an index, as the rule's readme says. unified merges the
 * options of the preset's copy of the rule with the configured ones: the rule
 * runs once, with the index.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {after, describe, it} from 'node:test'
import {makeSite, page, paragraphs, removeSites, type Site} from '../packages/remark-lint-no-duplicate-document/test/site.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const remarkBin = path.join(root, 'node_modules/remark-cli/cli.js')

after(removeSites)

/** A site with an original, its copy and an unrelated page, an index, the packages installed, and `plugins` as its configuration. */
function site(plugins: unknown[]): Site {
  const result = makeSite()
  result.write('posts/kettle.md', page('Caring for a copper kettle', paragraphs.kettle, '2021-03-04'))
  result.write('posts/bicycle.md', page('A bicycle from a rusted frame', paragraphs.bicycle, '2022-06-10'))
  result.write('posts/secrets.md', page('Ten secrets of kettle maintenance', paragraphs.kettle))
  result.index(['posts/bicycle.md', 'posts/kettle.md', 'posts/secrets.md'])
  // What `npm install --save-dev remark-cli remark-preset-lint-content-quality` gives (the rule comes with the preset).
  mkdirSync(path.join(result.folder, 'node_modules'))
  for (const name of ['remark-preset-lint-content-quality', 'remark-lint-no-duplicate-document']) {
    symlinkSync(path.join(root, 'packages', name), path.join(result.folder, 'node_modules', name))
  }
  writeFileSync(path.join(result.folder, '.remarkrc.json'), JSON.stringify({plugins}))
  return result
}

/** Run `remark` in `folder`. */
function remark(folder: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [remarkBin, '--no-color', '--no-stdout', '--frail', ...args], {cwd: folder, encoding: 'utf8'})
  return {code: result.status, report: result.stderr}
}

/** The message lines of a report: `file` lines and `place severity reason rule source`, spaces folded. */
function lines(report: string): string[] {
  return report
    .split('\n')
    .map((line) => line.trim().replace(/ +/g, ' '))
    .filter((line) => line && !line.startsWith('⚠') && !line.startsWith('✖'))
}

describe('remark CLI with the preset and no-duplicate-document', () => {
  it('reports the copy once, with the configured index, and not the original', () => {
    const {folder} = site(['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: 'duplicates-index.json'}]])
    const {code, report} = remark(folder, 'posts')
    assert.equal(code, 1, report)
    assert.deepEqual(lines(report), [
      'posts/bicycle.md: no issues found',
      'posts/kettle.md: no issues found',
      'posts/secrets.md',
      '1:1-1:36 warning Unexpected copy of `posts/kettle.md` (Jaccard similarity 0.99, estimated 0.97), expected a page of its own no-duplicate-document remark-lint'
    ])
  })

  it('does nothing with the preset alone: the rule is inert without an index', () => {
    const {folder} = site(['remark-preset-lint-content-quality'])
    const {code, report} = remark(folder, 'posts')
    assert.equal(code, 0, report)
    assert.deepEqual(lines(report), ['posts/bicycle.md: no issues found', 'posts/kettle.md: no issues found', 'posts/secrets.md: no issues found'])
  })

  it('gives one fatal error per file for an index that does not exist', () => {
    const {folder} = site(['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: 'missing.json'}]])
    const {code, report} = remark(folder, 'posts/secrets.md')
    assert.equal(code, 1, report)
    assert.deepEqual(lines(report), [
      'posts/secrets.md',
      'error Cannot read duplicates index `missing.json`: there is no such file; write it with `content-quality-duplicates --write-index missing.json` (option `index`) no-duplicate-document remark-lint'
    ])
  })

  it('honours `<!-- lint disable no-duplicate-document -->`', () => {
    const result = site(['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: 'duplicates-index.json'}]])
    result.write('posts/secrets.md', '<!-- lint disable no-duplicate-document -->\n\n' + page('Ten secrets of kettle maintenance', paragraphs.kettle))
    const {code, report} = remark(result.folder, 'posts/secrets.md')
    assert.equal(code, 0, report)
  })
})

/**
 * The site the readme examples are linted against: `test/fixtures/site`,
 * with its index as `content-quality-duplicates --write-index` makes it.
 * The index must be what this version writes for these pages; run with
 * `UPDATE=1` to write it again after a change of the pages or the format.
 */
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {defaultOptions, serializeIndex} from 'content-quality-sketch'
import {sketchOfFile} from './lint-file.ts'

const site = new URL('fixtures/site/', import.meta.url)
const pages = ['posts/bicycle.md', 'posts/kettle.md']

it('test/fixtures/site/duplicates-index.json is the index of the site’s pages', () => {
  const entries = pages.map((name) => {
    const sketch = sketchOfFile(fileURLToPath(new URL(name, site)), defaultOptions)
    return {path: name, words: sketch.words, date: sketch.date, signature: sketch.signature}
  })
  const expected = serializeIndex({options: defaultOptions, pages: entries})
  const file = new URL('duplicates-index.json', site)
  if (process.env.UPDATE) writeFileSync(file, expected)
  assert.equal(readFileSync(file, 'utf8'), expected)
})

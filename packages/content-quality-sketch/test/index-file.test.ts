import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {defaultOptions, indexLookup, parseIndex, serializeIndex, type DuplicateIndex} from '../lib/index.ts'
import {page, paragraphs, sketch} from './pages.ts'


describe('index file', () => {
  const first = sketch(page('First', paragraphs(1, 6), '2024-02-03'))
  const other = sketch(page('Other', paragraphs(2, 6)))
  const index: DuplicateIndex = {
    options: defaultOptions,
    pages: [
      {path: 'posts/first.md', words: first.words, date: first.date, signature: first.signature},
      {path: 'posts/other.md', words: other.words, date: other.date, signature: other.signature}
    ]
  }

  it('reads back what it writes', () => {
    const read = parseIndex(serializeIndex(index), 'index.json')
    assert.deepEqual(read, index)
    assert.equal(read.pages[0]!.date, Date.parse('2024-02-03'))
    assert.equal(JSON.parse(serializeIndex(index)).pages[0].date, '2024-02-03T00:00:00.000Z')
  })

  it('looks up the pages that share a band with a signature', () => {
    const lookup = indexLookup(index)
    const copy = sketch(page('A copy', paragraphs(1, 6)))
    assert.deepEqual(lookup(copy.signature), [0])
    assert.deepEqual(lookup(sketch(page('New', paragraphs(3, 6))).signature), [])
  })

  it('says what is wrong with a file that is not an index', () => {
    const valid = JSON.parse(serializeIndex(index))
    const cases: Array<[string, RegExp]> = [
      ['{', /^Error: Cannot read duplicates index `i.json`: it is not JSON \(/],
      ['[]', /`format: "content-quality-duplicates-index"`/],
      [JSON.stringify({...valid, version: 0}), /it has version 0, expected 1; write it again/],
      [JSON.stringify({...valid, signatureLength: 64}), /its signatures have 64 values, expected 128; write it again/],
      [JSON.stringify({...valid, options: {...valid.options, threshold: 3}}), /its options are wrong: Unexpected value `3` for option `threshold`/],
      [JSON.stringify({...valid, pages: {}}), /expected `pages` to be an array/],
      [JSON.stringify({...valid, pages: [{path: 'a.md'}]}), /page 0 is not `\{path, words, date, signature\}`/],
      [JSON.stringify({...valid, pages: [{...valid.pages[0], signature: 'AAAA'}]}), /the signature of `posts\/first.md` is not 128 32-bit values/]
    ]
    for (const [value, expected] of cases) assert.throws(() => parseIndex(value, 'i.json'), expected)
  })
})

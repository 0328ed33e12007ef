import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {
  bandingFor,
  candidateChance,
  comparePublication,
  estimateJaccard,
  findCopies,
  nearDuplicates,
  jaccard,
  nearDuplicatePairs,
  pageTokens,
  readDuplicateOptions,
  shingleSet,
  signatureOf,
  type PageSketch
} from '../lib/index.ts'
import {page, paragraphs, random, sketch} from './pages.ts'

const tokens = (value: string, include: Array<'html' | 'code'> = []): string[][] => {
  const tree = remark().use(remarkFrontmatter).parse(value)
  return pageTokens(tree, value, include)
}

describe('pageTokens', () => {
  it('reads markdown prose, folded, without frontmatter, URLs, HTML or code', () => {
    const value = '---\ntitle: Not counted\n---\n\n# Ｆｕｌｌ Café\n\nIt’s [the link](https://example.com) at https://example.com/x and `code`.\n\n<div>Banner text</div>\n\n```js\nlet x\n```\n'
    assert.deepEqual(tokens(value), [['full', 'café'], ["it's", 'the', 'link', 'at', 'and']])
    assert.deepEqual(tokens(value, ['html', 'code']), [['full', 'café'], ["it's", 'the', 'link', 'at', 'and', 'code'], ['banner', 'text'], ['let', 'x']])
  })

  it('keeps the text of each block apart (list items, table cells, block HTML)', () => {
    const value = '# Title\n\n* one <b>two</b> three\n* four\n\n| five | six |\n| - | - |\n| seven | eight |\n\n> nine\n\n<p>ten</p>\n'
    const tree = remark().use(remarkGfm).parse(value)
    assert.deepEqual(pageTokens(tree, value), [['title'], ['one', 'two', 'three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']])
    assert.deepEqual(pageTokens(tree, value, ['html']).at(-1), ['ten'])
  })

  it('leaves out the content of inline script and style elements, and keeps words whole next to a script without spaces', () => {
    const value = 'Read <script>var tracking = load()</script> this <style>.ad{color:red}</style> now.\n'
    assert.deepEqual(tokens(value), [['read', 'this', 'now']])
    assert.deepEqual(tokens('It’s here, 東京 isn’t\n'), [["it's", 'here', '東', '京', "isn't"]])
  })

  it('makes each character of a script without spaces a token', () => {
    assert.deepEqual(tokens('东京 Tower 拉面\n'), [['东', '京', 'tower', '拉', '面']])
    assert.deepEqual(tokens('ภาษาไทย ok\n'), [['ภ', 'า', 'ษ', 'า', 'ไ', 'ท', 'ย', 'ok']])
  })
})

describe('shingleSet', () => {
  it('hashes every run of `size` tokens of a block, sorted and without repeats', () => {
    const set = shingleSet([['a', 'b', 'c', 'a', 'b', 'c']], 3)
    assert.equal(set.length, 3) // abc, bca, cab; abc again
    assert.deepEqual([...set], [...set].sort((x, y) => x - y))
    assert.equal(shingleSet([['a', 'b']], 5).length, 1)
    assert.equal(shingleSet([[], []], 5).length, 0)
    assert.deepEqual(shingleSet([['x', 'y', 'z']], 2), shingleSet([['x', 'y', 'z']], 2))
    assert.notDeepEqual(shingleSet([['x', 'y']], 2), shingleSet([['y', 'x']], 2))
  })

  it('never makes a shingle across two blocks, so moving blocks keeps the set', () => {
    assert.equal(shingleSet([['a', 'b', 'c'], ['d', 'e', 'f']], 2).length, 4)
    assert.deepEqual(shingleSet([['a', 'b', 'c'], ['d', 'e', 'f']], 2), shingleSet([['d', 'e', 'f'], ['a', 'b', 'c']], 2))
    assert.deepEqual(shingleSet([['a', 'b', 'c', 'd', 'e', 'f']], 2).length, 5)
  })
})

describe('MinHash', () => {
  it('estimates Jaccard similarity within its standard error', () => {
    const next = random(7)
    const values = Array.from({length: 2000}, () => Math.floor(next() * 2 ** 32))
    const left = Uint32Array.from(values.slice(0, 1200)).sort()
    const right = Uint32Array.from(values.slice(400, 1600)).sort()
    const exact = jaccard(left, right)
    assert.equal(exact.toFixed(3), (800 / 1600).toFixed(3))
    assert.ok(Math.abs(estimateJaccard(signatureOf(left), signatureOf(right)) - exact) < 3 * Math.sqrt((exact * (1 - exact)) / 128))
    assert.equal(estimateJaccard(signatureOf(left), signatureOf(left)), 1)
  })

  it('bands a signature so a pair at the threshold is a candidate with a chance of 0.999 or more', () => {
    assert.deepEqual(bandingFor(0.7), {bands: 32, rows: 4})
    assert.deepEqual(bandingFor(0.5), {bands: 64, rows: 2})
    for (const threshold of [0.3, 0.5, 0.7, 0.9]) assert.ok(candidateChance(threshold, bandingFor(threshold)) >= 0.999)
  })
})

describe('nearDuplicatePairs', () => {
  const options = {threshold: 0.7, minimumWords: 100}
  const body = paragraphs(1, 8)

  it('finds a page under another title, and a page with one paragraph dropped, verified exactly', () => {
    const pages = [
      sketch(page('Fixing a printer that stops', body)),
      sketch(page('Why your router blinks at night', body)),
      sketch(page('Printer tips', [...body.slice(0, 3), ...body.slice(4)])),
      sketch(page('Something else', paragraphs(2, 8)))
    ]
    const pairs = nearDuplicatePairs(pages, options)
    const exact = (left: number, right: number): number => jaccard(pages[left]!.shingles, pages[right]!.shingles)
    assert.deepEqual(
      pairs.map((pair) => [pair.left, pair.right, pair.jaccard]),
      [
        [0, 1, exact(0, 1)],
        [0, 2, exact(0, 2)],
        [1, 2, exact(1, 2)]
      ]
    )
    // The headings differ (the title is the heading), the rest is the same.
    assert.equal(exact(0, 1).toFixed(3), '0.990')
    assert.equal(exact(0, 2).toFixed(3), '0.869')
    assert.ok(exact(0, 3) < 0.01)
  })

  it('keeps a pair whose similarity is exactly the threshold', () => {
    const sketchOf = (count: number): PageSketch => {
      const shingles = Uint32Array.from({length: count}, (_, index) => index + 1)
      return {words: 200, shingles, signature: signatureOf(shingles), date: undefined, start: undefined}
    }
    // 55 of 100 shingles: 55 / 100 is 0.55, while 0.55 × 100 is 55.00000000000001.
    assert.deepEqual(
      nearDuplicatePairs([sketchOf(100), sketchOf(55)], {threshold: 0.55, minimumWords: 100}).map((pair) => pair.jaccard),
      [0.55]
    )
  })

  it('puts pages with one shingle set in one class, and pairs classes', () => {
    const body = paragraphs(21, 6)
    const edited = [...body.slice(0, 5), ...paragraphs(22, 1)]
    const pages = [
      sketch(page('Same', body)),
      sketch(page('Other', paragraphs(23, 6))),
      sketch(page('Same', body)),
      sketch(page('Same', edited)),
      sketch(page('Same', body))
    ]
    const found = nearDuplicates(pages, options)
    assert.deepEqual(found.classes, [[0, 2, 4], [1], [3]])
    assert.deepEqual(
      found.pairs.map((pair) => [pair.left, pair.right]),
      [[0, 2]]
    )
    assert.equal(nearDuplicatePairs(pages, options).length, 3 + 3)
  })

  it('does not report pages that share one paragraph, or pages too short to tell', () => {
    const shared = paragraphs(3, 1)[0]!
    const pages = [sketch(page('One', [shared, ...paragraphs(4, 6)])), sketch(page('Two', [...paragraphs(5, 6), shared]))]
    assert.ok(jaccard(pages[0]!.shingles, pages[1]!.shingles) > 0.05)
    assert.deepEqual(nearDuplicatePairs(pages, options), [])
    const short = paragraphs(6, 2)
    assert.deepEqual(nearDuplicatePairs([sketch(page('A', short)), sketch(page('B', short))], options), [])
    assert.equal(nearDuplicatePairs([sketch(page('A', short)), sketch(page('B', short))], {threshold: 0.7, minimumWords: 50}).length, 1)
  })

  it('finds the same pairs as comparing every pair, on pages edited at random', () => {
    const next = random(11)
    const bodies = Array.from({length: 6}, (_, seed) => paragraphs(100 + seed, 6))
    const pages: PageSketch[] = []
    for (let index = 0; index < 60; index++) {
      const body = [...bodies[index % 6]!]
      // Drop or replace a paragraph or two: similarities spread around the threshold.
      for (let edit = Math.floor(next() * 3); edit > 0; edit--) body.splice(Math.floor(next() * body.length), 1, ...(next() < 0.5 ? [] : paragraphs(1000 + index * 3 + edit, 1)))
      pages.push(sketch(page('Page ' + index, body)))
    }
    const expected: string[] = []
    for (let i = 0; i < pages.length; i++) for (let j = i + 1; j < pages.length; j++) if (jaccard(pages[i]!.shingles, pages[j]!.shingles) >= 0.7) expected.push(i + ',' + j)
    const found = nearDuplicatePairs(pages, options).map((pair) => pair.left + ',' + pair.right)
    assert.ok(expected.length > 50)
    assert.deepEqual(found, expected)
  })
})

describe('findCopies', () => {
  const options = {threshold: 0.7, minimumWords: 100}
  const dated = (sketch: PageSketch, path: string, date?: string) => ({...sketch, path, date: date === undefined ? undefined : Date.parse(date)})

  it('makes each later page a copy of the earliest page it nearly duplicates, and groups them earliest first', () => {
    const body = paragraphs(41, 8)
    const pages = [
      dated(sketch(page('B', body)), 'b.md', '2024-05-01'),
      dated(sketch(page('A', body)), 'a.md'),
      dated(sketch(page('C', [...body.slice(0, 7), ...paragraphs(42, 1)])), 'c.md', '2024-01-01'),
      dated(sketch(page('Other', paragraphs(43, 8))), 'd.md', '2020-01-01'),
      dated(sketch(page('B', body)), 'e.md', '2024-05-01')
    ]
    const groups = findCopies(pages, options)
    assert.deepEqual(
      groups.map((group) => [group.pages, group.copies.map((copy) => [copy.page, copy.original])]),
      [[[2, 0, 4, 1], [[0, 2], [1, 2], [4, 2]]]]
    )
    const copyOfC = groups[0]!.copies[0]!
    assert.equal(copyOfC.jaccard, jaccard(pages[0]!.shingles, pages[2]!.shingles))
  })

  it('agrees with comparing every pair: the same copies and originals, on pages edited at random', () => {
    const next = random(12)
    const bodies = Array.from({length: 5}, (_, seed) => paragraphs(200 + seed, 6))
    const pages = Array.from({length: 50}, function (_, index) {
      const body = [...bodies[index % 5]!]
      for (let edit = Math.floor(next() * 3); edit > 0; edit--) body.splice(Math.floor(next() * body.length), 1, ...(next() < 0.5 ? [] : paragraphs(2000 + index * 3 + edit, 1)))
      const date = next() < 0.3 ? undefined : '2024-0' + (1 + Math.floor(next() * 9)) + '-1' + Math.floor(next() * 10)
      return dated(sketch(page('Page ' + index, body)), 'p' + String(index).padStart(2, '0') + '.md', date)
    })
    const expected: string[] = []
    pages.forEach(function (self, index) {
      const earlier = pages
        .map((other, number) => ({other, number}))
        .filter(({other}) => comparePublication(other, self) < 0 && jaccard(other.shingles, self.shingles) >= 0.7)
        .sort((a, b) => comparePublication(a.other, b.other))
      if (earlier.length > 0) expected.push(index + '<' + earlier[0]!.number)
    })
    const found = findCopies(pages, options)
      .flatMap((group) => group.copies)
      .sort((a, b) => a.page - b.page)
      .map((copy) => copy.page + '<' + copy.original)
    assert.equal(expected.length, 29)
    assert.deepEqual(found, expected)
  })

  it('takes a family of pages from one template as one lookup each: one group, every later page a copy of the first', () => {
    const body = paragraphs(51, 6)
    const pages = Array.from({length: 1500}, (_, index) => dated(sketch(page('Template ' + index, [...body, 'Line ' + index + ' only.'])), 'p' + String(index).padStart(4, '0') + '.md'))
    const [group, ...rest] = findCopies(pages, options)
    assert.equal(rest.length, 0)
    assert.equal(group!.pages.length, 1500)
    assert.equal(group!.copies.length, 1499)
    assert.ok(group!.copies.every((copy) => copy.original === 0))
  })

  it('leaves out pages too short to compare and pages with no near-duplicate', () => {
    const short = paragraphs(61, 1)
    const pages = [dated(sketch(page('A', short)), 'a.md'), dated(sketch(page('A', short)), 'b.md'), dated(sketch(page('C', paragraphs(62, 6))), 'c.md')]
    assert.deepEqual(findCopies(pages, options), [])
    assert.equal(findCopies(pages, {threshold: 0.7, minimumWords: 20}).length, 1)
  })
})

describe('readDuplicateOptions', () => {
  it('fills in the defaults and rejects what it does not accept', () => {
    assert.deepEqual(readDuplicateOptions(undefined), {threshold: 0.7, shingleSize: 5, minimumWords: 100, include: []})
    assert.deepEqual(readDuplicateOptions({include: ['html', 'code', 'html']}).include, ['code', 'html'])
    assert.throws(() => readDuplicateOptions({threshold: 2}), /^OptionsError: Unexpected value `2` for option `threshold`, expected a number from 0.05 to 1$/)
    assert.throws(() => readDuplicateOptions({include: ['css']}), /^OptionsError: Unexpected text `css` for option `include`, expected `html` or `code`$/)
    assert.throws(() => readDuplicateOptions({shingle: 3}), /^OptionsError: Unexpected option `shingle`/)
  })
})

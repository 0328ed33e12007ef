import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {emptyScore, scoreRanges} from '../../bench/mojibake-score.ts'
import {garblings, generateMojibakeSet} from '../lib/mojibake-set.ts'

const garble = (name: string, word: string): string => garblings.find((garbling) => garbling.name === name)!.garble(word)

describe('garblings', () => {
  it('mis-decode UTF-8 as each code page does', () => {
    assert.equal(garble('Windows-1252', 'café'), 'cafÃ©')
    assert.equal(garble('Windows-1252', '—'), 'â€”')
    assert.equal(garble('Windows-1252', '”'), 'â€\u009D')
    assert.equal(garble('Latin-1', '’'), 'â\u0080\u0099')
    assert.equal(garble('Windows-1250', 'Kraków'), 'KrakĂłw')
    assert.equal(garble('Windows-1251', 'é'), 'Г©')
    assert.equal(garble('MacRoman', 'é'), '√©')
    assert.equal(garble('MacRoman', '🙏'), '\uF8FFüôè')
    assert.equal(garble('Windows-1250', '”'), 'â€ť')
    assert.equal(garble('CP437', 'é'), '├⌐')
    assert.equal(garble('double Windows-1252', 'é'), 'ÃƒÂ©')
  })

  it('lose the last byte of the last multi-byte character', () => {
    assert.equal(garble('lost last byte', '”'), 'â€')
    assert.equal(garble('lost last byte', '🙏'), 'ðŸ™')
    assert.equal(garble('lost last byte', 'déjà'), 'dÃ©jÃ')
  })
})

describe('generateMojibakeSet', () => {
  const page = [
    '---',
    'title: Café notes',
    '---',
    '',
    'The café opens at nine — sharp.',
    '',
    '```',
    'naïve code',
    '```',
    '',
    'Use `naïve` here.',
    'Second line: déjà vu.',
    '',
    '    indented naïve',
    '',
    '<pre><code>',
    'naïve in HTML',
    '</code></pre>',
    '',
    'Third: Zürich.',
    'Fourth: Genève.'
  ].join('\n')
  const [first, second] = generateMojibakeSet([
    {path: 'docs/a.md', text: page},
    {path: 'docs/b.md', text: 'Nothing but ASCII.'},
    {path: 'docs/c.md', text: 'Straße'}
  ])

  it('garbles the first non-ASCII word of up to three prose lines, outside frontmatter, code and HTML', () => {
    assert.equal(first!.garbling, 'Windows-1252')
    assert.deepEqual(
      first!.spans.map((span) => [first!.text.slice(span.start, span.end), span.original]),
      [
        ['cafÃ©', 'café'],
        ['dÃ©jÃ\u00A0', 'déjà'],
        ['ZÃ¼rich.', 'Zürich.']
      ]
    )
    assert.ok(first!.text.startsWith('---\ntitle: Café notes\n---'))
    assert.ok(['naïve code', '`naïve`', 'indented naïve', 'naïve in HTML', 'Genève.'].every((kept) => first!.text.includes(kept)))
  })

  it('drops a byte-order mark, and keeps a fence open until a fence as long closes it', () => {
    const [page] = generateMojibakeSet([{path: 'docs/d.md', text: '\uFEFF````\n```\nnaïve\n````\n\nSo naïve.\n'}])
    assert.equal(page!.text, '````\n```\nnaïve\n````\n\nSo naÃ¯ve.\n')
    assert.deepEqual(page!.spans, [{start: 24, end: 31, original: 'naïve.'}])
  })

  it('skips pages without such words and deals the next garbling to the next page', () => {
    assert.equal(second!.path, 'docs/c.md')
    assert.equal(second!.garbling, 'Latin-1')
  })
})

describe('scoreRanges', () => {
  const text = 'a cafÃ© and a dÃ©jÃ\u00A0 vu'
  const spans = [
    {start: 2, end: 7, original: 'café'},
    {start: 14, end: 20, original: 'déjà'}
  ]

  it('counts a span repaired when the ranges inside it give the original back', () => {
    const score = emptyScore()
    scoreRanges(score, text, spans, [
      {start: 5, end: 7, expected: 'é'},
      {start: 15, end: 17, expected: 'é'},
      {start: 18, end: 20, expected: 'à'},
      {start: 21, end: 23, expected: 'x'}
    ])
    assert.deepEqual(score, {injected: 2, found: 2, repaired: 2, falseHits: 1})
  })

  it('counts a span found but not repaired when a fix is missing or wrong', () => {
    const score = emptyScore()
    scoreRanges(score, text, spans, [{start: 5, end: 7, expected: 'è'}, {start: 15, end: 17}])
    assert.deepEqual(score, {injected: 2, found: 2, repaired: 0, falseHits: 0})
  })
})

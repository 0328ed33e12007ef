import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {signatureOf, type Pair} from '../../packages/content-quality-sketch/dist/index.js'
import {duplicateFailures, failures, validThresholds, type DuplicateLimits, type Thresholds} from '../lib/check.ts'
import {DuplicateLabelError, parseDuplicateLabels, readDuplicateLabels, type DuplicateLabel} from '../lib/duplicate-labels.ts'
import {
  bodyBlocks,
  changeWords,
  dropBlocks,
  frontmatterTitle,
  generateDuplicatesSet,
  proseWords,
  reorderBlocks,
  seededRandom,
  splitFrontmatter,
  swapTitle,
  variantKinds
} from '../lib/duplicates-set.ts'
import {exactPairs} from '../lib/exact-pairs.ts'
import {readLabels, ruleIds} from '../lib/labels.ts'
import {page as samplePage, paragraphs} from '../../packages/content-quality-sketch/test/pages.ts'
import {measureSamples, median, scoreDuplicates, type DuplicatePage, type Sketch} from '../lib/score-duplicates.ts'
import {scoreCorpus} from '../lib/score.ts'

/** A sorted set without repeats. */
const set = (values: number[]): Uint32Array => Uint32Array.from(new Set(values)).sort()

/** Every pair with similarity `threshold` or more, by comparing all of them. */
function bruteForce(sets: Uint32Array[], threshold: number): Array<{left: number; right: number; jaccard: number}> {
  const pairs = []
  for (let left = 0; left < sets.length; left++) {
    for (let right = left + 1; right < sets.length; right++) {
      const a = sets[left]!
      const b = sets[right]!
      if (a.length === 0 || b.length === 0) continue
      const shared = a.filter((value) => b.includes(value)).length
      const jaccard = shared / (a.length + b.length - shared)
      if (jaccard >= threshold) pairs.push({left, right, jaccard})
    }
  }
  return pairs
}

describe('exactPairs', () => {
  it('finds what comparing every pair finds, on random small sets', () => {
    const random = seededRandom('exact pairs')
    for (let round = 0; round < 20; round++) {
      const sets: Uint32Array[] = []
      for (let index = 0; index < 30; index++) {
        // Some sets copy or extend an earlier one, so that similar pairs are common.
        const base = index > 0 && random() < 0.4 ? [...sets[Math.floor(random() * index)]!] : []
        const size = Math.floor(random() * 12)
        sets.push(set([...base, ...Array.from({length: size}, () => Math.floor(random() * 40))]))
      }
      for (const threshold of [0.2, 0.5, 0.7, 0.9, 1]) assert.deepEqual(exactPairs(sets, threshold), bruteForce(sets, threshold))
    }
  })

  it('keeps a pair exactly at the threshold and drops one just below', () => {
    const ten = set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const seven = set([1, 2, 3, 4, 5, 6, 7])
    assert.deepEqual(exactPairs([ten, seven], 0.7), [{left: 0, right: 1, jaccard: 0.7}])
    assert.deepEqual(exactPairs([ten, seven], 0.7000001), [])
    // 55 of 100: 0.55 × 100 is a hair above 55 in floating point.
    const hundred = set(Array.from({length: 100}, (_, index) => index))
    const fiftyFive = set(Array.from({length: 55}, (_, index) => index))
    assert.deepEqual(exactPairs([hundred, fiftyFive], 0.55), [{left: 0, right: 1, jaccard: 0.55}])
  })

  it('never pairs empty sets, pairs identical sets at 1, and rejects a threshold out of range', () => {
    const empty = set([])
    assert.deepEqual(exactPairs([empty, empty, set([4]), set([4])], 1), [{left: 2, right: 3, jaccard: 1}])
    assert.deepEqual(exactPairs([empty, set([1, 2])], 0.1), [])
    assert.throws(() => exactPairs([], 0), /Unexpected threshold 0, expected a number above 0 and at most 1/)
  })
})

/** A page of the project's own words: a frontmatter title, six blocks (one a fence with a blank line, one a list with an indented paragraph). */
const page = [
  '---',
  'title: "Fixing a squeaky garden gate"',
  'date: 2024-05-01',
  '---',
  '',
  '# Fixing a squeaky garden gate',
  '',
  'Old hinges complain every time the wind pushes the gate open and shut, and the neighbours notice it long before you do.',
  '',
  'A drop of oil on each pin usually quiets them for a season or two, see [the oiling notes](https://example.com/oil) for the kind to buy.',
  '',
  '```sh',
  'oil --pin top',
  '',
  'oil --pin bottom',
  '```',
  '',
  '- Lift the gate off its pins and lay it flat on the lawn.',
  '- Clean the rust away with a wire brush until the metal shines.',
  '',
  '    Wear gloves for this part: old rust flakes are sharp.',
  '',
  'When the noise returns after a wet winter, replace the hinges with sealed ones and `tighten` every screw.',
  ''
].join('\n')
const frontmatter = '---\ntitle: "Fixing a squeaky garden gate"\ndate: 2024-05-01\n---\n'
const blocks = bodyBlocks(splitFrontmatter(page).body)

describe('the generated near-duplicates', () => {
  it('cut a body in blocks on blank lines, never inside a fence or before an indented line', () => {
    assert.equal(splitFrontmatter(page).frontmatter, frontmatter)
    assert.equal(blocks.length, 6)
    assert.equal(blocks[3], '```sh\noil --pin top\n\noil --pin bottom\n```')
    assert.equal(blocks[4], page.split('\n').slice(17, 21).join('\n'))
  })

  it('drop a fifth of the blocks, keeping the frontmatter and the order of the rest', () => {
    const dropped = dropBlocks(page, seededRandom('drop'))!
    assert.ok(dropped.startsWith(frontmatter + '\n'))
    const kept = bodyBlocks(splitFrontmatter(dropped).body)
    assert.equal(kept.length, 5)
    assert.deepEqual(kept, blocks.filter((block) => kept.includes(block)))
    assert.equal(dropBlocks('---\ntitle: x\n---\none block only\n', seededRandom('drop')), undefined)
  })

  it('reorder the blocks: the same blocks, another order, the frontmatter kept', () => {
    const reordered = reorderBlocks(page, seededRandom('reorder'))!
    assert.ok(reordered.startsWith(frontmatter + '\n'))
    const moved = bodyBlocks(splitFrontmatter(reordered).body)
    assert.deepEqual([...moved].sort(), [...blocks].sort())
    assert.notDeepEqual(moved, blocks)
    // Two blocks can only be swapped; a shuffle that gives them back is undone.
    for (const seed of ['a', 'b', 'c', 'd']) assert.equal(reorderBlocks('one\n\ntwo\n', seededRandom(seed)), 'two\n\none\n')
  })

  it('change a tenth of the words of prose lines, leaving code, URLs and the frontmatter alone', () => {
    const original = proseWords(splitFrontmatter(page).body.split('\n'))
    assert.equal(original.length, 93)
    const changed = changeWords(page, seededRandom('words'))!
    assert.ok(changed.startsWith(frontmatter))
    const after = proseWords(splitFrontmatter(changed).body.split('\n'))
    assert.equal(after.length, 93)
    assert.equal(after.filter((word, index) => word.text !== original[index]!.text).length, 9)
    for (const kept of ['```sh\noil --pin top\n\noil --pin bottom\n```', '(https://example.com/oil)', '`tighten`', '    Wear gloves for this part: old rust flakes are sharp.']) {
      assert.ok(changed.includes(kept), 'expected unchanged: ' + kept)
    }
  })

  it('swap the title and nothing else', () => {
    assert.equal(frontmatterTitle(page), '"Fixing a squeaky garden gate"')
    const swapped = swapTitle(page, '"Another title"')!
    const before = page.split('\n')
    const after = swapped.split('\n')
    assert.equal(after.length, before.length)
    assert.deepEqual(
      after.flatMap((line, index) => (line === before[index] ? [] : [index])),
      [1]
    )
    assert.equal(after[1], 'title: "Another title"')
    assert.equal(swapTitle('no frontmatter\n', 'x'), undefined)
  })

  it('make one variant of each kind of every sampled page, the same on every run', () => {
    const other = page.replace('"Fixing a squeaky garden gate"', '"Painting a fence"').replaceAll('gate', 'fence')
    const third = page.replace('"Fixing a squeaky garden gate"', '"Planting tulips"')
    const pages = [
      {path: 'spam/b.md', text: other},
      {path: 'spam/a.md', text: page},
      {path: 'spam/c.md', text: third}
    ]
    const set = generateDuplicatesSet(pages, 2)
    assert.deepEqual(
      set.map((variant) => [variant.path, variant.source, variant.kind]),
      [
        ['generated/paragraphs-dropped/spam/a.md', 'spam/a.md', 'paragraphs dropped'],
        ['generated/paragraphs-reordered/spam/a.md', 'spam/a.md', 'paragraphs reordered'],
        ['generated/words-changed/spam/a.md', 'spam/a.md', 'words changed'],
        ['generated/title-swapped/spam/a.md', 'spam/a.md', 'title swapped'],
        ['generated/paragraphs-dropped/spam/c.md', 'spam/c.md', 'paragraphs dropped'],
        ['generated/paragraphs-reordered/spam/c.md', 'spam/c.md', 'paragraphs reordered'],
        ['generated/words-changed/spam/c.md', 'spam/c.md', 'words changed'],
        ['generated/title-swapped/spam/c.md', 'spam/c.md', 'title swapped']
      ]
    )
    assert.deepEqual(generateDuplicatesSet([...pages].reverse(), 2), set)
    const swapped = set.find((variant) => variant.path === 'generated/title-swapped/spam/a.md')!
    assert.ok(['"Painting a fence"', '"Planting tulips"'].includes(frontmatterTitle(swapped.text)!))
    assert.equal(splitFrontmatter(swapped.text).body, splitFrontmatter(page).body)
  })

  it('draw numbers from a seeded generator', () => {
    const random = seededRandom('x')
    assert.deepEqual([random(), random(), random()], [0.4801359330303967, 0.10925848642364144, 0.8231615843251348])
    assert.deepEqual(variantKinds, ['paragraphs dropped', 'paragraphs reordered', 'words changed', 'title swapped'])
  })
})

/** A sketch of a shingle set, `words` tokens long. */
const sketch = (values: number[], words = 200): Sketch => {
  const shingles = set(values)
  return {words, shingles, signature: signatureOf(shingles)}
}
const range = (from: number, to: number): number[] => Array.from({length: to - from}, (_, index) => from + index)

describe('scoreDuplicates', () => {
  const pages: DuplicatePage[] = [
    {path: 'spam/a.md', corpus: 'spam'},
    {path: 'spam/b.md', corpus: 'spam'},
    {path: 'spam/c.md', corpus: 'spam'},
    {path: 'generated/title-swapped/spam/a.md', corpus: 'generated', source: 'spam/a.md', kind: 'title swapped'},
    {path: 'generated/words-changed/spam/a.md', corpus: 'generated', source: 'spam/a.md', kind: 'words changed'},
    {path: 'docs/x/one.md', corpus: 'docs'},
    {path: 'docs/x/two.md', corpus: 'docs'},
    {path: 'docs/x/three.md', corpus: 'docs'},
    {path: 'docs/x/four.md', corpus: 'docs'},
    {path: 'docs/x/short.md', corpus: 'docs'}
  ]
  const sketches = [
    sketch(range(0, 100)),
    sketch(range(0, 90)), // 0.9 of a
    sketch(range(500, 600)),
    sketch(range(0, 100)), // a under another title
    sketch([...range(0, 50), ...range(1000, 1050)]), // a third of a
    sketch(range(2000, 2100)),
    sketch(range(2000, 2100)),
    sketch(range(3000, 3100)),
    sketch(range(3000, 3080)), // 0.8 of three, no label
    sketch(range(2000, 2100), 40) // too short to compare
  ]
  const labels: DuplicateLabel[] = [{path: 'docs/x/two.md', other: 'docs/x/one.md', rule: 'no-duplicate-document', label: 'copy', reason: 'same page'}]

  it('scores the search against the exact join, per kind of variant and on the documentation', () => {
    const figures = scoreDuplicates(pages, sketches, labels)
    assert.deepEqual(
      {...figures, kinds: undefined, docs: undefined},
      {
        options: figures.options,
        pages: {spam: 3, docs: 5, generated: 2, compared: 9, unread: 0},
        truthPairs: 3,
        foundPairs: 3,
        truePairs: 3,
        precision: 1,
        recall: 1,
        falseFinds: [],
        misses: [],
        highestMissed: undefined,
        kinds: undefined,
        docs: undefined
      }
    )
    assert.deepEqual(figures.kinds, [
      {kind: 'paragraphs dropped', variants: 0, aboveThreshold: 0, found: 0, medianJaccard: undefined},
      {kind: 'paragraphs reordered', variants: 0, aboveThreshold: 0, found: 0, medianJaccard: undefined},
      {kind: 'words changed', variants: 1, aboveThreshold: 0, found: 0, medianJaccard: 50 / 150},
      {kind: 'title swapped', variants: 1, aboveThreshold: 1, found: 1, medianJaccard: 1}
    ])
    assert.deepEqual(figures.docs, {
      truthPairs: 2,
      pairs: 2,
      pages: 4,
      byLabel: {copy: 1, template: 0, boilerplate: 0, ambiguous: 0},
      boilerplate: [],
      unlabelled: [{path: 'docs/x/three.md', other: 'docs/x/four.md', jaccard: 0.8}]
    })
  })

  it('counts false finds and misses of a search that errs', () => {
    // A search that misses a–b and reports a–c.
    const search = (): Pair[] => [
      {left: 0, right: 2, jaccard: 0, estimate: 0},
      {left: 0, right: 3, jaccard: 1, estimate: 1},
      {left: 1, right: 3, jaccard: 0.9, estimate: 0.9}
    ]
    const figures = scoreDuplicates(pages, sketches, labels, undefined, search)
    assert.equal(figures.truthPairs, 3)
    assert.equal(figures.foundPairs, 3)
    assert.equal(figures.truePairs, 2)
    assert.equal(figures.precision, 2 / 3)
    assert.equal(figures.recall, 2 / 3)
    assert.deepEqual(figures.falseFinds, [{path: 'spam/a.md', other: 'spam/c.md', jaccard: 0}])
    assert.deepEqual(figures.misses, [{path: 'spam/a.md', other: 'spam/b.md', jaccard: 0.9}])
    assert.equal(figures.highestMissed, 0.9)
    assert.deepEqual(figures.docs.unlabelled, [])
    assert.equal(figures.docs.pairs, 0)
  })

  it('takes the median of an odd and an even count', () => {
    assert.equal(median([3, 1, 2]), 2)
    assert.equal(median([4, 1, 2, 3]), 2.5)
    assert.equal(median([]), undefined)
  })
})

describe('the documentation pair labels', () => {
  const good = {path: 'docs/a/one.md', other: 'docs/b/one.md', rule: 'no-duplicate-document', label: 'copy', reason: 'untranslated copy'}
  const failure = (text: string): string => {
    try {
      parseDuplicateLabels(text, 'duplicates-docs.jsonl')
    } catch (error) {
      assert.ok(error instanceof DuplicateLabelError)
      return error.message
    }
    throw new Error('expected a DuplicateLabelError')
  }

  it('reads one pair a line and names the file and line of a bad one', () => {
    assert.deepEqual(parseDuplicateLabels(JSON.stringify(good) + '\n\n', 'x'), [good])
    assert.equal(failure(JSON.stringify({...good, label: 'maybe'})), 'duplicates-docs.jsonl:1: `label` must be copy, template, boilerplate, ambiguous')
    assert.equal(failure(JSON.stringify({...good, other: 'spam/x.md'})), 'duplicates-docs.jsonl:1: `other` must be a corpus-relative path under docs/')
    assert.equal(failure(JSON.stringify({...good, other: good.path})), 'duplicates-docs.jsonl:1: `path` and `other` must be two pages')
    assert.equal(failure(JSON.stringify({...good, rule: 'no-mojibake'})), 'duplicates-docs.jsonl:1: `rule` must be `no-duplicate-document`')
    assert.equal(failure(JSON.stringify({...good, line: 3})), 'duplicates-docs.jsonl:1: unknown field `line`')
    assert.equal(failure(JSON.stringify({...good, reason: ''})), 'duplicates-docs.jsonl:1: `reason` must be a non-empty string')
    const swapped = {...good, path: good.other, other: good.path}
    assert.equal(failure(JSON.stringify(good) + '\n' + JSON.stringify(swapped)), 'duplicates-docs.jsonl:2: `docs/b/one.md` and `docs/a/one.md` are labelled twice')
    assert.equal(failure('{'), 'duplicates-docs.jsonl:1: not JSON')
  })

  it('is a file the rule labels reader leaves to this reader', () => {
    const folder = mkdtempSync(join(tmpdir(), 'labels-'))
    writeFileSync(join(folder, 'duplicates-docs.jsonl'), JSON.stringify(good) + '\n')
    assert.deepEqual(readLabels(folder), [])
    assert.deepEqual(readDuplicateLabels(join(folder, 'duplicates-docs.jsonl')), [good])
  })

  it('holds valid labels in eval/labels, counted as the README says', () => {
    const folder = new URL('../labels/', import.meta.url)
    const labels = readDuplicateLabels(new URL('duplicates-docs.jsonl', folder).pathname)
    const count = (value: string): number => labels.filter((label) => label.label === value).length
    const readme = readFileSync(new URL('README.md', folder), 'utf8')
    const row = `| \`duplicates-docs\` (pairs) | ${labels.length} | ${count('copy') + count('template')} | ${count('boilerplate')} | ${count('ambiguous')} |`
    assert.ok(readme.includes(row), 'expected the README row ' + row)
  })
})

describe('the near-duplicate gate', () => {
  const limits: DuplicateLimits = {minPrecision: 0.99, minRecall: 0.95, maxDocsBoilerplatePairs: 0, maxUnlabelledDocsPairs: 0}
  const pages: DuplicatePage[] = [
    {path: 'spam/a.md', corpus: 'spam'},
    {path: 'spam/b.md', corpus: 'spam'},
    {path: 'docs/x/one.md', corpus: 'docs'},
    {path: 'docs/x/two.md', corpus: 'docs'}
  ]
  const sketches = [sketch(range(0, 100)), sketch(range(0, 100)), sketch(range(500, 600)), sketch(range(500, 600))]
  const boilerplate: DuplicateLabel = {path: 'docs/x/one.md', other: 'docs/x/two.md', rule: 'no-duplicate-document', label: 'boilerplate', reason: 'footer only'}

  it('passes a run within the limits and names each limit passed', () => {
    const labelled = scoreDuplicates(pages, sketches, [{...boilerplate, label: 'copy'}])
    assert.deepEqual(duplicateFailures(labelled, limits), [])
    assert.deepEqual(duplicateFailures(scoreDuplicates(pages, sketches, [boilerplate]), limits), [
      'near-duplicate docs pairs labelled boilerplate is 1, above 0'
    ])
    assert.deepEqual(duplicateFailures(scoreDuplicates(pages, sketches, []), limits), [
      'near-duplicate docs pairs without a label is 1, above 0: label them in eval/labels/duplicates-docs.jsonl'
    ])
    const missed = scoreDuplicates(pages, sketches, [{...boilerplate, label: 'copy'}], undefined, () => [])
    assert.deepEqual(duplicateFailures(missed, limits), ['near-duplicate pairs recall is 0.000, below 0.95'])
    const three: DuplicatePage[] = [...pages.slice(0, 2), {path: 'spam/c.md', corpus: 'spam'}]
    const wrong = scoreDuplicates(three, [sketch(range(0, 100)), sketch(range(0, 100)), sketch(range(200, 300))], [], undefined, () => [
      {left: 0, right: 1, jaccard: 1, estimate: 1},
      {left: 0, right: 2, jaccard: 0, estimate: 0},
      {left: 1, right: 2, jaccard: 0, estimate: 0}
    ])
    assert.deepEqual(duplicateFailures(wrong, limits), ['near-duplicate pairs precision is 0.333, below 0.99'])
    const nothing = scoreDuplicates(pages.slice(0, 1), sketches.slice(0, 1), [])
    assert.deepEqual(duplicateFailures(nothing, limits), ['the near-duplicate truth is empty: no scraped or generated pages alike'])
    assert.deepEqual(duplicateFailures(labelled, undefined), ['eval/thresholds.json has no `duplicates` limits'])
    const samples = {names: ['a.md', 'b.md'], jaccard: 0.5, reported: false}
    assert.deepEqual(duplicateFailures({...labelled, samples}, limits), ['the two sample articles are not reported as near-duplicates of each other'])
    assert.deepEqual(duplicateFailures({...labelled, samples: {...samples, jaccard: 0.9, reported: true}}, limits), [])
  })

  it('measures the sample articles: one article under two titles is reported, two articles are not', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eval-samples-'))
    try {
      const body = paragraphs(31, 6)
      writeFileSync(join(folder, 'one.md'), samplePage('One title', body, '2024-01-01'))
      writeFileSync(join(folder, 'two.md'), samplePage('Another title', body, '2024-02-01'))
      const same = await measureSamples(folder)
      assert.deepEqual({...same, jaccard: same.jaccard?.toFixed(3)}, {names: ['one.md', 'two.md'], jaccard: '0.991', reported: true})
      writeFileSync(join(folder, 'two.md'), samplePage('Another title', paragraphs(32, 6)))
      assert.equal((await measureSamples(folder)).reported, false)
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('is part of the whole gate, and eval/thresholds.json holds the issue’s bars', () => {
    const corpus = scoreCorpus([], [], 1, 1)
    const mojibake = [{garbling: 'all', documents: 1, rule: {injected: 1, found: 1, repaired: 1, falseHits: 0}, ftfy: {injected: 1, found: 1, repaired: 1, falseHits: 0}}]
    const base = {rules: {}, mojibakeSet: {minFound: 0, minRepaired: 0, maxFalseHits: 0}, maxEngineErrors: 0} as unknown as Thresholds
    const unlabelled = scoreDuplicates(pages, sketches, [])
    assert.deepEqual(failures({...corpus, rules: []}, mojibake, {...base, duplicates: limits}, unlabelled), [
      'near-duplicate docs pairs without a label is 1, above 0: label them in eval/labels/duplicates-docs.jsonl'
    ])
    assert.deepEqual(failures({...corpus, rules: []}, mojibake, base), [])
    assert.throws(
      () => validThresholds({...base, rules: Object.fromEntries(ruleIds.map((rule) => [rule, {minPrecision: 1, minRecall: 1, maxDocsFalseAlarmsPer1000: 0, maxDocsUnsafeFixes: 0, maxInternalErrors: 0}])), duplicates: {minPrecision: 1}}),
      /`duplicates.minRecall` must be a number/
    )
    const gate = validThresholds(JSON.parse(readFileSync(new URL('../thresholds.json', import.meta.url), 'utf8')))
    assert.ok(gate.duplicates!.minPrecision >= 0.99 && gate.duplicates!.minRecall >= 0.95)
    assert.equal(gate.duplicates!.maxDocsBoilerplatePairs, 0)
    assert.equal(gate.duplicates!.maxUnlabelledDocsPairs, 0)
  })
})

/**
 * Benchmark: the HTML-reading rules (`no-ad-markup`, `no-scraper-boilerplate`)
 * on documents dense with raw HTML. Each document is built from the same
 * 500-character section holding one HTML block, so a 1 MB document has 2,000
 * blocks; a rule should cost no more per kilobyte there than on a 50 KB one
 * (within 20%). Shown for comparison: markdown parsing, and the core's HTML
 * units alone (finding the `html` nodes, parsing, positions), which both
 * rules read. Reading the markdown tree itself costs more per kilobyte at
 * 1 MB: that tree (about 14 MB) does not stay in the processor's cache while
 * the HTML parser's allocations stream through it, so node reads wait for
 * memory. Both rules read it once, in the walk that finds the HTML.
 *
 * Each document is parsed once; a detector then runs on copies of that tree
 * again and again (one copy a run, made before the clock starts, so the HTML
 * is parsed anew each time: the core reads it once a tree), so its own
 * garbage collection is counted and the parser's is not.
 * A round runs as many bytes of each size (40 runs of the small document, 2
 * of the large one), the order switching every round; the median of the
 * rounds' ratios is reported (15 rounds; 5 for the slow parse). The run
 * fails only when a rule costs more than twice as much per kilobyte (a
 * quadratic scan costs 20 times as much here).
 *
 * Usage: `pnpm bench` (runs after bench/run.ts) or
 * `node --import tsx bench/html-blocks.ts`.
 */
import {performance} from 'node:perf_hooks'
import type {Root} from 'mdast'
import {htmlUnits} from '../packages/content-quality-core/dist/index.js'
import {documentLocation} from '../packages/content-quality-core/dist/location.js'
import {detectAdMarkup} from '../packages/remark-lint-no-ad-markup/dist/index.js'
import {detectScraperBoilerplate} from '../packages/remark-lint-no-scraper-boilerplate/dist/index.js'
import {median, parser} from './subjects.ts'

const blocks = [
  '<ins class="adsbygoogle" data-ad-client="ca-pub-0" data-ad-slot="1"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
  '<details><summary>More</summary>\n\nHidden **markdown** inside.\n\n</details>',
  '<p align="center"><img src="https://example.org/logo.png" width="200" height="80" alt="Logo"></p>',
  '<!-- affiliate ads begin -->\n<a href="https://shop.pxf.io/c/1/2/3"><img src="https://cdn.example/b.png" width="728" height="90"></a>\n<!-- affiliate ads end -->',
  '<div class="note">\n\nA [link](https://example.com/page) in markdown.\n\n</div>',
  '<table><tr><td>Cell</td><td><kbd>Ctrl</kbd></td></tr></table>'
]

/** One section: prose with a link and inline HTML, then one HTML block; about 500 characters. */
function section(index: number): string {
  return [
    '## Part ' + index,
    'The committee met on Tuesday to review the **budget**, and the [minutes](https://example.com/m' + index +
      ') were published the next day. Press <kbd>Ctrl</kbd> to continue; the rest of the text is plain prose that pads this section.',
    'A second paragraph tells how the vote went, who spoke for the plan and who against it, and what happens next month.',
    blocks[index % blocks.length]!,
    index % 50 === 0 ? 'Share this article' : 'More prose closes the section, number ' + index + '.'
  ].join('\n\n')
}

function documentOf(sections: number): string {
  return Array.from({length: sections}, (_, index) => section(index)).join('\n\n') + '\n'
}

/** What is timed: a name, the number of rounds, and a function of the parsed tree and its text. */
const detectors: Array<[string, number, (tree: Root, source: string) => unknown]> = [
  ['markdown parse (baseline)', 5, (_tree, source) => parser.parse(source)],
  [
    'HTML units (shared part)',
    15,
    (tree, source) => {
      let nodes = 0
      for (const unit of htmlUnits(tree, source)) nodes += unit.tree.children.length
      return nodes
    }
  ],
  ['no-ad-markup', 15, (tree, source) => detectAdMarkup(tree, source)],
  ['no-scraper-boilerplate', 15, (tree, source) => detectScraperBoilerplate(tree, source)]
]

/**
 * Milliseconds per run of `detect` on `tree`, the mean of `runs` runs. Each
 * run reads its own copy of the tree, made before the clock starts, and the
 * core's line index is forgotten: what the core reads once a document (the
 * HTML units, its lines) is read in every run, as when each document is
 * linted once.
 */
function meanTime(tree: Root, document: string, detect: (tree: Root, source: string) => unknown, runs: number): number {
  const copies = Array.from({length: runs}, () => structuredClone(tree))
  let time = 0
  for (const copy of copies) {
    // The line index is kept for the last text: forget it, as for a new document.
    documentLocation('')
    const start = performance.now()
    detect(copy, document)
    time += performance.now() - start
  }
  return time / runs
}

/**
 * Per-run times on the small and the large document, and the median ratio of
 * their costs per kilobyte, over `rounds` rounds of the same bytes for each.
 */
function measure(small: string, large: string, detect: (tree: Root, source: string) => unknown, rounds: number): [number, number, number] {
  const smallTree = parser.parse(small)
  const largeTree = parser.parse(large)
  const smallRuns = Math.round((2 * large.length) / small.length)
  meanTime(smallTree, small, detect, smallRuns)
  meanTime(largeTree, large, detect, 2)
  const smallTimes: number[] = []
  const largeTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    let smallTime: number
    let largeTime: number
    if (round % 2 === 0) {
      smallTime = meanTime(smallTree, small, detect, smallRuns)
      largeTime = meanTime(largeTree, large, detect, 2)
    } else {
      largeTime = meanTime(largeTree, large, detect, 2)
      smallTime = meanTime(smallTree, small, detect, smallRuns)
    }
    smallTimes.push(smallTime)
    largeTimes.push(largeTime)
    ratios.push(largeTime / large.length / (smallTime / small.length))
  }
  return [median(smallTimes), median(largeTimes), median(ratios)]
}

const small = documentOf(100)
const large = documentOf(2000)
let failed = false
console.log('\nHTML-dense documents: ' + (small.length / 1000).toFixed(0) + ' KB with 100 HTML blocks, ' +
  (large.length / 1000).toFixed(0) + ' KB with 2,000')
for (const [name, rounds, detect] of detectors) {
  const [smallTime, largeTime, ratio] = measure(small, large, detect, rounds)
  if (ratio > 2) failed = true
  console.log(
    name.padEnd(26) + smallTime.toFixed(1).padStart(8) + ' ms ' + (smallTime / (small.length / 1000)).toFixed(3) + ' ms/KB   ' +
      largeTime.toFixed(1).padStart(8) + ' ms ' + (largeTime / (large.length / 1000)).toFixed(3) + ' ms/KB   ' + ratio.toFixed(2) + 'x per KB' +
      (ratio > 2 ? '  NOT LINEAR' : ratio > 1.2 ? '  more than 20% dearer' : '  within 20%')
  )
}
if (failed) process.exitCode = 1

/**
 * Benchmark: the HTML-reading rules (`no-ad-markup`, `no-scraper-boilerplate`)
 * on documents dense with raw HTML. Each document is built from the same
 * 500-character section holding one HTML block, so a 1 MB document has 2,000
 * blocks; HTML is parsed once per document, so its time per kilobyte should
 * stay within 20% of a 50 KB one. Markdown parsing is shown for comparison:
 * on this machine it alone costs about 30% more per kilobyte at 1 MB, from
 * garbage collection and caches, not from the algorithm. The run fails only
 * when a rule costs more than twice as much per kilobyte (a quadratic scan
 * costs 20 times as much here). The detectors are timed alone, each on a
 * freshly parsed tree (the HTML units are cached per tree); the least time
 * of several interleaved runs is compared.
 *
 * Usage: `pnpm bench` (runs after bench/run.ts) or
 * `node --import tsx bench/html-blocks.ts`.
 */
import {performance} from 'node:perf_hooks'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {detectAdMarkup} from '../packages/remark-lint-no-ad-markup/dist/index.js'
import {detectScraperBoilerplate} from '../packages/remark-lint-no-scraper-boilerplate/dist/index.js'

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

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const detectors: Array<[string, (tree: Root, source: string) => unknown]> = [
  ['markdown parse (baseline)', (_tree, source) => parser.parse(source)],
  ['no-ad-markup', (tree, source) => detectAdMarkup(tree, source)],
  ['no-scraper-boilerplate', (tree, source) => detectScraperBoilerplate(tree, source)]
]

/** Milliseconds of running `detect` once on a fresh tree of `document`. */
function timeOnce(document: string, detect: (tree: Root, source: string) => unknown): number {
  const tree = parser.parse(document)
  const start = performance.now()
  detect(tree, document)
  return performance.now() - start
}

/**
 * The least time of `rounds` runs on each document. Both documents are run
 * once untimed first, so the JIT has compiled the same code for both; then
 * small and large runs are interleaved, the large one going first in every
 * other round, so neither sees the garbage collector in a better state. The
 * least time is the cost without the noise of collections and other work.
 */
function measure(small: string, large: string, detect: (tree: Root, source: string) => unknown, rounds: number): [number, number] {
  let smallBest = Infinity
  let largeBest = Infinity
  const runSmall = (): void => {
    for (let run = 0; run < 5; run++) smallBest = Math.min(smallBest, timeOnce(small, detect))
  }
  const runLarge = (): void => {
    largeBest = Math.min(largeBest, timeOnce(large, detect))
  }
  runSmall()
  runLarge()
  smallBest = Infinity
  largeBest = Infinity
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runSmall()
      runLarge()
    } else {
      runLarge()
      runSmall()
    }
  }
  return [smallBest, largeBest]
}

const small = documentOf(100)
const large = documentOf(2000)
let failed = false
console.log('\nHTML-dense documents: ' + (small.length / 1000).toFixed(0) + ' KB with 100 HTML blocks, ' +
  (large.length / 1000).toFixed(0) + ' KB with 2,000')
for (const [name, detect] of detectors) {
  const [smallTime, largeTime] = measure(small, large, detect, 7)
  const smallPerKb = smallTime / (small.length / 1000)
  const largePerKb = largeTime / (large.length / 1000)
  const ratio = largePerKb / smallPerKb
  if (ratio > 2) failed = true
  console.log(
    name.padEnd(26) + smallTime.toFixed(1).padStart(8) + ' ms ' + smallPerKb.toFixed(3) + ' ms/KB   ' +
      largeTime.toFixed(1).padStart(8) + ' ms ' + largePerKb.toFixed(3) + ' ms/KB   ' + ratio.toFixed(2) + 'x per KB' +
      (ratio > 2 ? '  NOT LINEAR' : ratio > 1.2 ? '  more than 20% dearer' : '  within 20%')
  )
}
if (failed) process.exitCode = 1

/**
 * Benchmark of each rule's own cost, parsing left out: every document is
 * parsed once, then each rule runs on the parsed tree again and again. Linear
 * cost means the time per kilobyte stays flat from the smallest document to
 * the largest; the run fails when the largest costs more than 20% more per
 * kilobyte than the smallest.
 *
 * Usage: `pnpm bench:rules` (set `BENCH_SIZES` to a comma-separated list of
 * sizes in bytes; the default is 50 KB, 500 KB and 5 MB).
 */
import {performance} from 'node:perf_hooks'
import type {Root} from 'mdast'
import remarkLint from 'remark-lint'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {documentLocation} from '../packages/content-quality-core/dist/location.js'
import {largeDocument} from './corpus.ts'
import {loadRule, median, parser, ruleIds} from './subjects.ts'

const sizes = (process.env.BENCH_SIZES ?? '50000,500000,5000000').split(',').map(Number)
const documents = sizes.map((size) => {
  const value = largeDocument(size)
  return {value, tree: parser.parse(value) as Root}
})

/**
 * Median milliseconds of one run of `rule` over `document`: at least 5 runs
 * and 2 seconds in all, after a warm-up. Each run gets its own copy of the
 * tree, made before the clock starts: what the core reads once a tree (HTML
 * units, frontmatter, prose ranges) is read in every run, as when each
 * document is linted once.
 */
async function measure(rule: Plugin, document: {value: string; tree: Root}): Promise<number> {
  const processor = unified().use(remarkLint).use(rule)
  const run = async () => {
    const tree = structuredClone(document.tree)
    // The line index is kept for the last text: forget it, as for a new document.
    documentLocation('')
    const start = performance.now()
    await processor.run(tree, new VFile(document.value))
    return performance.now() - start
  }
  await run()
  const times: number[] = []
  let total = 0
  while (times.length < 5 || total < 2000) {
    const time = await run()
    times.push(time)
    total += time
  }
  return median(times)
}

let failed = false
console.log('rule'.padEnd(24) + sizes.map((size) => (size / 1000 + ' KB').padStart(24)).join('') + '   growth')
for (const name of ruleIds()) {
  const rule = await loadRule(name)
  const perKb: number[] = []
  const cells: string[] = []
  for (const document of documents) {
    const time = await measure(rule, document)
    perKb.push(time / (document.value.length / 1000))
    cells.push((time.toFixed(1) + ' ms ' + (perKb.at(-1)! * 1000).toFixed(0) + ' µs/KB').padStart(24))
  }
  const growth = perKb.at(-1)! / perKb[0]!
  if (growth > 1.2) failed = true
  console.log(name.padEnd(24) + cells.join('') + '   ' + growth.toFixed(2) + 'x per KB' + (growth > 1.2 ? '  NOT LINEAR' : ''))
}

if (failed) {
  console.log('\nSome rule costs more than 20% more per KB on the largest document than on the smallest.')
  process.exitCode = 1
} else {
  console.log('\nEvery rule costs the same per KB (within 20%) from the smallest document to the largest.')
}

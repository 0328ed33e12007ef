/**
 * Benchmark: lint generated documents of doubling size with each rule alone
 * and with the whole preset, and print how time grows. Linear cost means the
 * time per kilobyte stays flat as documents grow; the run fails when the
 * largest document costs more than twice as much per kilobyte as a mid-sized
 * one (a quadratic scan costs 8 times as much there).
 *
 * Usage: `pnpm bench` (set `BENCH_MAX_SIZE` to change the largest size).
 */
import {readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import remarkPresetLintContentQuality from '../packages/remark-preset-lint-content-quality/dist/index.js'
import type {PluggableList} from 'unified'
import {benchmarkDocument} from './document.ts'

const maxSize = Number(process.env.BENCH_MAX_SIZE ?? 1_600_000)
const sizes: number[] = []
for (let size = 100_000; size <= maxSize; size *= 2) sizes.push(size)

const packages = new URL('../packages/', import.meta.url)
const rules = readdirSync(packages).filter((name) => name.startsWith('remark-lint-')).sort()

// Parsing alone is the baseline: a rule's own cost is its time minus this.
const subjects: Array<[string, PluggableList]> = [
  ['parse only (baseline)', [remarkFrontmatter]],
  ['preset', [remarkPresetLintContentQuality]]
]
for (const directory of rules) {
  const rule = (await import(new URL(directory + '/dist/index.js', packages).href)) as {default: PluggableList[number]}
  subjects.push([directory.slice('remark-lint-'.length), [remarkFrontmatter, remarkLint, rule.default]])
}

/** Median milliseconds of processing `document` with `plugins`. */
async function measure(document: string, plugins: PluggableList): Promise<number> {
  const processor = remark().use(remarkGfm).use(plugins)
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    await processor.process(document)
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[2]!
}

const documents = sizes.map((size) => benchmarkDocument(size))
let failed = false
console.log('size (KB)'.padEnd(22) + sizes.map((size) => String(size / 1000).padStart(9)).join('') + '   growth')
for (const [name, plugins] of subjects) {
  const perKb: number[] = []
  const cells: string[] = []
  for (const document of documents) {
    const time = await measure(document, plugins)
    perKb.push(time / (document.length / 1000))
    cells.push(time.toFixed(0).padStart(7) + 'ms')
  }
  const middle = perKb[Math.floor(perKb.length / 2)]!
  const growth = perKb[perKb.length - 1]! / middle
  if (growth > 2) failed = true
  console.log(name.padEnd(22) + cells.join('') + '   ' + growth.toFixed(2) + 'x per KB' + (growth > 2 ? '  NOT LINEAR' : ''))
}

if (failed) {
  console.log('\nSome subject grows faster than linearly.')
  process.exitCode = 1
} else {
  console.log('\nAll subjects grow linearly (per-KB time of the largest document ≤ 2× a mid-sized one).')
}

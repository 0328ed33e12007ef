/**
 * Benchmark of `content-quality-duplicates` (`pnpm bench:duplicates`, and
 * part of `pnpm bench` when `../shared/corpora` is there): a site of 20,000
 * pages, all 6,867 pages of the corpora and variants of the scraped pages
 * made by the eval's generator (`eval/lib/duplicates-set.ts`: paragraphs
 * dropped, reordered, words changed, title swapped), written to a temporary
 * folder and shuffled in one fixed order. The command runs end to end on the
 * first 1,000, 5,000, 10,000 and 20,000 pages (`BENCH_SIZES`), with
 * `--jobs 2` and, for the sizes up to `BENCH_SINGLE` (5,000), `--jobs 1`:
 * wall time, time per page and peak memory (`/usr/bin/time`, when there).
 * Every run starts with an empty `--cache`, which it fills; the largest
 * size runs once more with that cache, as a site's next run would (every
 * page unchanged). Prints a markdown table for `bench/RESULTS.md`.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {generateDuplicatesSet, seededRandom} from '../eval/lib/duplicates-set.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const corpora = path.resolve(root, '../shared/corpora')
const command = path.join(root, 'packages/content-quality-duplicates/bin/content-quality-duplicates.js')
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000,20000').split(',').map(Number)
const single = Number(process.env.BENCH_SINGLE ?? 5000)

if (!existsSync(corpora)) {
  console.log('No real pages: `../shared/corpora` is not there.')
  process.exit(0)
}

const relative = readdirSync(corpora, {recursive: true, encoding: 'utf8'})
  .filter((name) => /\.(md|mdx|markdown)$/.test(name))
  .sort()
const pages = relative.map((name) => ({path: name.split(path.sep).join('/'), text: readFileSync(path.join(corpora, name), 'utf8')}))
const variants = generateDuplicatesSet(
  pages.filter((page) => page.path.startsWith('spam/')),
  1
)
const site = [...pages, ...variants.map((variant) => ({path: variant.path, text: variant.text}))]
const largest = Math.max(...sizes)
if (site.length < largest) throw new Error('Only ' + site.length + ' pages for a benchmark of ' + largest)

// One fixed order, so each size is the start of the next.
const random = seededRandom('bench/duplicates')
for (let index = site.length - 1; index > 0; index--) {
  const other = Math.floor(random() * (index + 1))
  ;[site[index], site[other]] = [site[other]!, site[index]!]
}

const folder = mkdtempSync(path.join(tmpdir(), 'bench-duplicates-'))
try {
  mkdirSync(path.join(folder, 'pages'))
  const names = site.slice(0, largest).map(function (page, index) {
    const name = String(index).padStart(5, '0') + path.extname(page.path)
    writeFileSync(path.join(folder, 'pages', name), page.text)
    return name
  })
  const bytes = site.slice(0, largest).reduce((sum, page) => sum + Buffer.byteLength(page.text), 0)
  console.log(
    `## Near-duplicate pages: ${largest.toLocaleString('en')} pages (${pages.length.toLocaleString('en')} of the corpora, the rest generated variants of scraped pages), ${(bytes / 1e6).toFixed(0)} MB, ${availableParallelism()} cores\n`
  )
  const rows: string[] = []
  for (const size of sizes) {
    const sizeFolder = path.join(folder, 'site-' + size)
    mkdirSync(sizeFolder)
    for (const name of names.slice(0, size)) symlinkSync(path.join(folder, 'pages', name), path.join(sizeFolder, name))
    const runs: Array<{jobs: number; cache: string}> = (size <= single ? [1, 2] : [2]).map((jobs) => ({jobs, cache: 'cache-' + size + '-' + jobs + '.json'}))
    if (size === largest) runs.push({jobs: 2, cache: runs.at(-1)!.cache})
    for (const [number, {jobs, cache}] of runs.entries()) {
      const timed = existsSync('/usr/bin/time')
      const args = [process.execPath, command, '--no-progress', '-q', '--jobs', String(jobs), '--cache', '--cache-location', cache, 'site-' + size]
      const result = spawnSync(timed ? '/usr/bin/time' : args[0]!, timed ? ['-f', '%e %M', ...args] : args.slice(1), {cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30})
      const lines = result.stderr.trimEnd().split('\n')
      const [seconds, kilobytes] = timed ? lines.at(-1)!.split(' ').map(Number) : [Number.NaN, Number.NaN]
      const warnings = /⚠ (\d+) warnings?/.exec(result.stderr)?.[1] ?? '0'
      const warm = number > 0 && runs[number - 1]!.cache === cache
      rows.push(
        `| ${size.toLocaleString('en')} | ${jobs} | ${warm ? 'full (a second run)' : 'empty'} | ${seconds!.toFixed(1)} s | ${((seconds! * 1000) / size).toFixed(2)} ms | ${(kilobytes! / 1024).toFixed(0)} MiB | ${Number(warnings).toLocaleString('en')} |`
      )
      process.stderr.write(rows.at(-1) + '\n')
    }
  }
  console.log('| pages | `--jobs` | `--cache` | wall time | per page | peak memory | copies reported |\n| --- | --- | --- | --- | --- | --- | --- |\n' + rows.join('\n') + '\n')
} finally {
  rmSync(folder, {recursive: true, force: true})
}

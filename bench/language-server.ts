/**
 * Benchmark: diagnostic latency of the language server, as an editor sees it.
 * Spawns the real server over stdio, opens the generated benchmark document
 * (no workspace configuration, so the whole preset runs) and times, for each
 * edit, the wait from `didChange` to the `publishDiagnostics` of that version.
 * For comparison it also times remark with the preset in this process: the
 * difference is what the server adds (the debounce of 100 ms after an edit,
 * configuration lookup, transport). Then the burst: 500 edits sent back to
 * back, and the wait from the last of them to the diagnostics of its version,
 * with the number of checks the server published for the burst (each check
 * of a version still current publishes).
 *
 * Usage: `pnpm bench:lsp` (set `BENCH_LSP_SIZES` to a comma-separated list of
 * sizes in characters, default `100000,400000`).
 */
import {performance} from 'node:perf_hooks'
import {remark} from 'remark'
import remarkPresetLintContentQuality from '../packages/remark-preset-lint-content-quality/dist/index.js'
import {startSession} from '../packages/content-quality-language-server/test/lsp-client.ts'
import {largeDocument} from './corpus.ts'

const sizes = (process.env.BENCH_LSP_SIZES ?? '100000,400000').split(',').map(Number)
const edits = 30
const burst = 500
const workspace = new URL('../packages/content-quality-language-server/test/fixtures/', import.meta.url)

const session = await startSession(workspace)

/** Milliseconds from sending a change (or opening) to its diagnostics. */
async function timed(uri: string, version: number, send: () => void): Promise<{ms: number; count: number}> {
  const start = performance.now()
  send()
  const {diagnostics} = await session.diagnostics(uri, version, 120_000)
  return {ms: performance.now() - start, count: diagnostics.length}
}

/** The value at quantile `q` of sorted `values`. */
function quantile(values: number[], q: number): number {
  return values[Math.min(values.length - 1, Math.floor(q * values.length))]!
}

/** Median milliseconds of linting `document` with the preset in this process. */
async function inProcess(document: string): Promise<number> {
  const processor = remark().use(remarkPresetLintContentQuality)
  const times: number[] = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    await processor.process(document)
    times.push(performance.now() - start)
  }
  return quantile(times.sort((a, b) => a - b), 0.5)
}

const rows = ['size (KB)  diagnostics   open    edit median   edit p90   edit max   remark in-process']
const bursts = ['size (KB)  edits   last edit to its diagnostics   checks published']
for (const size of sizes) {
  const document = largeDocument(size)
  const uri = new URL('no-config/bench-' + size + '.md', workspace).href
  const opened = await timed(uri, 1, () => session.open(uri, document))

  // Each edit types one character into the middle of the document.
  const times: number[] = []
  const middle = Math.floor(document.length / 2)
  for (let version = 2; version < edits + 2; version++) {
    const text = document.slice(0, middle) + 'x'.repeat(version) + document.slice(middle)
    times.push((await timed(uri, version, () => session.change(uri, version, text))).ms)
  }
  times.sort((a, b) => a - b)

  rows.push(
    String(size / 1000).padStart(9) +
      String(opened.count).padStart(13) +
      (opened.ms.toFixed(0) + 'ms').padStart(8) +
      (quantile(times, 0.5).toFixed(0) + 'ms').padStart(15) +
      (quantile(times, 0.9).toFixed(0) + 'ms').padStart(11) +
      (times.at(-1)!.toFixed(0) + 'ms').padStart(11) +
      ((await inProcess(document)).toFixed(0) + 'ms').padStart(20)
  )

  // The burst: 500 whole-text changes as fast as the client can send them.
  const first = edits + 2
  const last = first + burst - 1
  const before = session.published.length
  let lastSent = 0
  for (let version = first; version <= last; version++) {
    session.change(uri, version, document.slice(0, middle) + 'y'.repeat(version - first + 1) + document.slice(middle))
    lastSent = performance.now()
  }
  await session.diagnostics(uri, last, 120_000)
  const wait = performance.now() - lastSent
  const checks = session.published.slice(before).filter((params) => params.uri === uri).length
  bursts.push(String(size / 1000).padStart(9) + String(burst).padStart(7) + (wait.toFixed(0) + 'ms').padStart(31) + String(checks).padStart(19))
}

console.log(rows.join('\n') + '\n\n' + bursts.join('\n'))

await session.stop()

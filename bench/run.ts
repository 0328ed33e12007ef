/**
 * Benchmark (`pnpm bench`): in one run, on the same generated files, time
 * the bare remark parse (the floor), the content-quality preset, each rule
 * alone and the peers (markdownlint's defaults, remark-lint's recommended
 * preset, retext-repeated-words, ftfy-js); score mojibake detection against
 * the corpus's injected spans; and check that cost per byte stays flat on
 * single documents of growing size. Prints markdown tables for
 * `bench/RESULTS.md`.
 *
 * Environment:
 * - `BENCH_ONLY`: sections to run, comma-separated: `corpus`, `mojibake`,
 *   `scaling` (default all).
 * - `BENCH_SUBJECTS`: only subjects whose name contains one of these
 *   comma-separated words (the floor is always timed).
 * - `BENCH_DOCUMENTS` (default 300), `BENCH_ROUNDS` (default 5),
 *   `BENCH_SIZES` (default `50000,1000000,10000000`).
 *
 * Quick run: `BENCH_ONLY=corpus,mojibake BENCH_DOCUMENTS=50 pnpm bench`.
 */
import {readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {performance} from 'node:perf_hooks'
import {fix_text} from 'ftfy-js'
import type {VFileMessage} from 'vfile-message'
import {generateCorpus, largeDocument} from './corpus.ts'
import {emptyScore, scoreFixedText, scoreMessages, type Score} from './mojibake-score.ts'
import {allSubjects, ftfyEncodingOnly, median, type Subject} from './subjects.ts'

const sections = (process.env.BENCH_ONLY ?? 'corpus,mojibake,scaling').split(',')
const only = process.env.BENCH_SUBJECTS?.split(',')
const documentCount = Number(process.env.BENCH_DOCUMENTS ?? 300)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const sizes = (process.env.BENCH_SIZES ?? '50000,1000000,10000000').split(',').map(Number)

const subjects = (await allSubjects()).filter(
  (subject) => subject.kind === 'floor' || !only || only.some((word) => subject.name.includes(word))
)
const corpus = generateCorpus(documentCount)
const corpusBytes = corpus.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0)

console.log(`# Benchmark results\n`)
console.log(`${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${cpuModelFromProc()})\n`)

/** The CPU model as /proc/cpuinfo names it. */
function cpuModelFromProc(): string {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'no model name'
  } catch {
    return 'no /proc/cpuinfo'
  }
}

/**
 * Median milliseconds of running each subject over every text, after a
 * warm-up pass. Rounds interleave the subjects, so drift in the machine's
 * speed (JIT, caches, neighbours) spreads over all of them.
 */
async function time(list: Subject[], texts: string[], times = rounds, warmUp = texts.slice(0, 20)): Promise<number[]> {
  for (const subject of list) for (const text of warmUp) await subject.run(text)
  const samples: number[][] = list.map(() => [])
  for (let round = 0; round < times; round++) {
    for (const [index, subject] of list.entries()) {
      const start = performance.now()
      for (const text of texts) await subject.run(text)
      samples[index]!.push(performance.now() - start)
    }
  }
  return samples.map(median)
}

if (sections.includes('corpus')) {
  console.log(`## Corpus: ${corpus.length} articles, ${(corpusBytes / 1e6).toFixed(2)} MB, median of ${rounds} rounds\n`)
  console.log('| subject | total ms | ms per file | MB/s | × parse floor |\n| --- | ---: | ---: | ---: | ---: |')
  const texts = corpus.map((document) => document.text)
  const totals = await time(subjects, texts)
  for (const [index, subject] of subjects.entries()) {
    const total = totals[index]!
    console.log(
      `| ${subject.name} | ${total.toFixed(0)} | ${(total / texts.length).toFixed(2)} | ${(corpusBytes / 1e3 / total).toFixed(2)} | ${(total / totals[0]!).toFixed(2)} |`
    )
  }
  console.log()
}

if (sections.includes('mojibake')) {
  const rule = subjects.find((subject) => subject.name === 'rule no-mojibake')
  if (rule) {
    const ours = emptyScore()
    const ftfy = emptyScore()
    for (const document of corpus) {
      scoreMessages(ours, document.text, document.mojibake, (await rule.run(document.text)) as VFileMessage[])
      scoreFixedText(ftfy, document.text, document.mojibake, fix_text(document.text, ftfyEncodingOnly))
    }
    const affected = corpus.filter((document) => document.mojibake.length > 0).length
    console.log(`## Mojibake detection: ${ours.injected} injected spans in ${affected} of ${corpus.length} articles\n`)
    console.log('| detector | found | repaired exactly | false hits |\n| --- | ---: | ---: | ---: |')
    for (const [name, score] of [['no-mojibake', ours], ['ftfy-js (encoding)', ftfy]] as Array<[string, Score]>) {
      console.log(`| ${name} | ${score.found} | ${score.repaired} | ${score.falseHits} |`)
    }
    console.log('\n(Throughput: compare `rule no-mojibake` and `ftfy-js (encoding)` in the corpus table.)\n')
  }
}

if (sections.includes('scaling')) {
  const documents = sizes.map((size) => largeDocument(size))
  console.log('## Scaling: one document of each size (1 round for documents over 2 MB)\n')
  console.log('ms per MB, and in brackets the cost relative to the parse floor on the same document.\n')
  console.log('| subject | ' + sizes.map((size) => (size / 1e6).toString() + ' MB').join(' | ') + ' | per MB, largest ÷ smallest |')
  console.log('| --- |' + ' ---: |'.repeat(sizes.length + 1))
  const timed = subjects.filter((subject) => subject.kind !== 'peer')
  const perMb = timed.map(() => [] as number[])
  for (const document of documents) {
    const totals = await time(timed, [document], document.length > 2e6 ? 1 : 3, [documents[0]!])
    totals.forEach((total, index) => perMb[index]!.push(total / (Buffer.byteLength(document) / 1e6)))
  }
  let ruleCostGrows = false
  for (const [index, subject] of timed.entries()) {
    const values = perMb[index]!
    const relative = values.map((value, size) => value / perMb[0]![size]!)
    const growth = values[values.length - 1]! / values[0]!
    if (relative[relative.length - 1]! / relative[0]! > 1.5) ruleCostGrows = true
    const cells = values.map((value, size) => value.toFixed(0) + ' (' + relative[size]!.toFixed(2) + '×)')
    console.log(`| ${subject.name} | ${cells.join(' | ')} | ${growth.toFixed(2)}${growth > 2 ? ' NOT FLAT' : ''} |`)
  }
  console.log(
    ruleCostGrows
      ? '\nA rule costs relatively more on the largest document than on the smallest (> 1.5× the ratio to the floor).'
      : '\nThe rules add a share of the parse that does not grow with the document.'
  )
  if (ruleCostGrows) process.exitCode = 1
}

/**
 * `pnpm eval`: lint the real documents of `../shared/corpora` with the
 * preset, as users run it, and measure every rule against the labelled sets
 * in `eval/labels/`; score `no-mojibake` and `ftfy-js` on mojibake generated
 * from the documentation's own text; score the near-duplicate search of
 * `content-quality-duplicates` against the exact similarity join on the
 * scraped pages and variants generated from them, and its pairs of
 * documentation pages against their labels. Prints the figures and the places to
 * look at first, and writes `eval/RESULTS.md`.
 *
 * `pnpm eval --check` writes nothing: it fails when the fresh figures differ
 * from `RESULTS.md` or pass a limit of `thresholds.json` (the CI gate).
 * `--corpora DIR` reads another copy of the corpora; `--jobs N` sets the
 * number of worker threads (default: one a core).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {failures, validThresholds, type Thresholds} from './lib/check.ts'
import {DuplicateLabelError, duplicateLabelsFile, readDuplicateLabels, type DuplicateLabel} from './lib/duplicate-labels.ts'
import {LabelError, readLabels, type Label} from './lib/labels.ts'
import {lintCorpus, markdownFiles} from './lib/lint-corpus.ts'
import {generateMojibakeSet} from './lib/mojibake-set.ts'
import {consoleReport, resultsMarkdown, retextTable} from './lib/report.ts'
import {compareWithRetext} from './lib/retext-comparison.ts'
import {scoreMojibakeSet} from './lib/score-mojibake-set.ts'
import {measureDuplicates} from './lib/score-duplicates.ts'
import {scoreCorpus} from './lib/score.ts'

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const {values} = parseArgs({
  options: {
    check: {type: 'boolean', default: false},
    corpora: {type: 'string', default: here('../../shared/corpora')},
    jobs: {type: 'string', default: String(availableParallelism())}
  }
})
const root = values.corpora
const jobs = Number(values.jobs)
if (!Number.isInteger(jobs) || jobs < 1) fail('`--jobs` must be a positive integer, not `' + values.jobs + '`')
if (!existsSync(root + '/spam') || !existsSync(root + '/docs')) fail('no corpora at `' + root + '` (expected spam/ and docs/ there)')

const started = performance.now()
const spamFiles = markdownFiles(root + '/spam')
const docsFiles = markdownFiles(root + '/docs')
const files = [...spamFiles, ...docsFiles]
const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/')

let labels: Label[]
try {
  labels = readLabels(here('labels'))
} catch (error) {
  if (error instanceof LabelError) fail('eval/labels/' + error.message)
  throw error
}
checkPlaces(labels, new Set(files.map(relative)))
let duplicateLabels: DuplicateLabel[]
try {
  duplicateLabels = readDuplicateLabels(here('labels/' + duplicateLabelsFile))
} catch (error) {
  if (error instanceof DuplicateLabelError) fail('eval/labels/' + error.message)
  throw error
}
checkPairPlaces(duplicateLabels, new Set(docsFiles.map(relative)))
const thresholds = readThresholds()

const messages = await lintCorpus(root, files, jobs)
const corpus = scoreCorpus(messages, labels, spamFiles.length, docsFiles.length)
process.stderr.write('scoring the generated mojibake set\n')
const set = generateMojibakeSet(docsFiles.map((file) => ({path: relative(file), text: readFileSync(file, 'utf8')})))
const mojibake = await scoreMojibakeSet(set)
process.stderr.write('running retext-repeated-words on the labelled pages\n')
const retext = await compareWithRetext(root, labels, messages)
process.stderr.write('sketching pages and generated near-duplicates\n')
const samples = path.resolve(root, '../samples')
const duplicates = await measureDuplicates(spamFiles, docsFiles, relative, duplicateLabels, jobs, existsSync(samples) ? samples : undefined)
process.stderr.write(`scored near-duplicates in ${(duplicates.milliseconds / 1000).toFixed(0)} s\n`)

console.log(consoleReport(corpus, mojibake, retext, duplicates.figures))
const results = resultsMarkdown(corpus, mojibake, retext, duplicates.figures)
const resultsPath = here('RESULTS.md')
let failed = failures(corpus, mojibake, thresholds, duplicates.figures)
if (values.check) {
  if (!existsSync(resultsPath) || readFileSync(resultsPath, 'utf8') !== results) {
    failed = [...failed, 'eval/RESULTS.md is not what this run measured: run `pnpm eval` and commit it']
  }
  const readme = here('../packages/remark-lint-no-duplicated-phrases/readme.md')
  if (!readFileSync(readme, 'utf8').includes(retextTable(retext))) {
    failed = [...failed, 'the retext-repeated-words table in the no-duplicated-phrases readme is not what this run measured']
  }
} else {
  writeFileSync(resultsPath, results)
  process.stderr.write('wrote eval/RESULTS.md\n')
}
process.stderr.write(`evaluated ${files.length} files in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
if (failed.length > 0) {
  for (const line of failed) process.stderr.write('eval: ' + line + '\n')
  process.exitCode = 1
}

/** Every label must name a linted file and a line inside it: a stale label is an error, not a silent miss. */
function checkPlaces(labels: Label[], known: Set<string>): void {
  const lineCounts = new Map<string, number>()
  for (const label of labels) {
    if (!known.has(label.path)) fail(`eval/labels/${label.rule}.jsonl: no file \`${label.path}\` in the corpora`)
    let count = lineCounts.get(label.path)
    if (count === undefined) {
      count = readFileSync(root + '/' + label.path, 'utf8').replace(/\r?\n$/, '').split('\n').length
      lineCounts.set(label.path, count)
    }
    if (label.line > count) fail(`eval/labels/${label.rule}.jsonl: \`${label.path}\` has no line ${label.line}`)
  }
}

/** Every pair label must name two documentation pages of the corpora. */
function checkPairPlaces(labels: DuplicateLabel[], known: Set<string>): void {
  for (const label of labels) {
    for (const path of [label.path, label.other]) {
      if (!known.has(path)) fail(`eval/labels/${duplicateLabelsFile}: no file \`${path}\` in the corpora`)
    }
  }
}

/** The limits of `thresholds.json`, or a clear failure. */
function readThresholds(): Thresholds {
  try {
    return validThresholds(JSON.parse(readFileSync(here('thresholds.json'), 'utf8')))
  } catch (error) {
    return fail('eval/thresholds.json: ' + String((error as Error).message))
  }
}

function fail(reason: string): never {
  process.stderr.write('eval: ' + reason + '\n')
  process.exit(2)
}

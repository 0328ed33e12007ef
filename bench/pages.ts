/**
 * Benchmark on real pages (`pnpm bench:pages`, and part of `pnpm bench` when
 * `../shared/corpora` is there): the first `BENCH_PAGES` (default 1,000)
 * scraped pages of `../shared/corpora/spam`, in path order.
 *
 * - In-process: the parse the preset really does (frontmatter and the
 *   preset's syntax plugin, GFM on) is the floor; then the preset, and each
 *   rule alone on that parse. Every subject lints the same in-memory files.
 * - End to end: the `remark` binary with only the preset's parser plugins,
 *   with the preset (default reporter, and `--quiet`), `markdownlint-cli2`
 *   with its defaults, and `content-quality-lint` with `--jobs 1` and
 *   `--jobs 2`, on a copy of the pages in a temporary folder; wall time and
 *   peak memory (`/usr/bin/time`, when there) of each run.
 *
 * Median of `BENCH_ROUNDS` (default 5) rounds, subjects interleaved within
 * each round. Prints markdown tables for `bench/RESULTS.md`.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {remark} from 'remark'
import remarkLint from 'remark-lint'
import type {PluggableList, Processor} from 'unified'
import {VFile} from 'vfile'
import remarkPresetLintContentQuality from '../packages/remark-preset-lint-content-quality/dist/index.js'
import {loadRule, median, parserPlugins, ruleIds} from './subjects.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const spam = path.resolve(root, '../shared/corpora/spam')
const pageCount = Number(process.env.BENCH_PAGES ?? 1000)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const sections = (process.env.BENCH_ONLY ?? 'in-process,end-to-end').split(',')

if (!existsSync(spam)) {
  console.log('No real pages: `../shared/corpora/spam` is not there.')
  process.exit(0)
}

const files = markdownFiles(spam).slice(0, pageCount)
const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0)
console.log(`## Real pages: ${files.length} scraped pages of \`../shared/corpora/spam\`, ${(bytes / 1e6).toFixed(1)} MB\n`)

/** Markdown files under `folder`, in path order. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
}

if (sections.includes('in-process')) await inProcess()
if (sections.includes('end-to-end')) endToEnd()

/** The preset, each rule and the parse floor, on the same in-memory files. */
async function inProcess(): Promise<void> {
  const texts = files.map((file) => ({path: file, value: readFileSync(file, 'utf8')}))
  // Each processor from scratch (see `remarkSubject`): a copy of a frozen one parses with its extensions twice.
  const make = (plugins: PluggableList) => remark().use(plugins).freeze() as unknown as Processor
  const subjects: Array<{name: string; processor: Processor}> = [
    {name: 'parse floor (frontmatter + preset syntax, GFM)', processor: make(parserPlugins)},
    {name: 'content-quality preset', processor: make([remarkPresetLintContentQuality])}
  ]
  for (const id of ruleIds()) {
    subjects.push({name: 'rule ' + id, processor: make([...parserPlugins, remarkLint, await loadRule(id)])})
  }
  const lint = async (processor: Processor): Promise<number> => {
    let messages = 0
    for (const text of texts) {
      const file = new VFile(text)
      await processor.run(processor.parse(file), file)
      messages += file.messages.length
    }
    return messages
  }
  for (const subject of subjects) await lint(subject.processor)
  const samples = subjects.map(() => [] as number[])
  const messages = subjects.map(() => 0)
  for (let round = 0; round < rounds; round++) {
    for (const [index, subject] of subjects.entries()) {
      const start = performance.now()
      messages[index] = await lint(subject.processor)
      samples[index]!.push(performance.now() - start)
    }
  }
  const totals = samples.map(median)
  console.log(`### In-process, median of ${rounds} rounds\n`)
  console.log('| subject | total ms | ms per page | × parse floor | messages |\n| --- | ---: | ---: | ---: | ---: |')
  for (const [index, subject] of subjects.entries()) {
    const total = totals[index]!
    console.log(`| ${subject.name} | ${total.toFixed(0)} | ${(total / texts.length).toFixed(2)} | ${(total / totals[0]!).toFixed(2)} | ${messages[index]} |`)
  }
  console.log(`\nPeak memory of this process (all subjects, every round): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`)
}

/** The command lines, on a copy of the pages. */
function endToEnd(): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'content-quality-bench-'))
  try {
    const site = path.join(folder, 'site')
    for (const file of files) {
      const target = path.join(site, path.relative(spam, file))
      mkdirSync(path.dirname(target), {recursive: true})
      cpSync(file, target)
    }
    const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
    writeFileSync(
      path.join(folder, 'parser-only.mjs'),
      `import remarkFrontmatter from ${JSON.stringify(import.meta.resolve('remark-frontmatter'))}\n` +
        `import syntax from ${JSON.stringify(pathToHref('packages/remark-preset-lint-content-quality/dist/syntax.js'))}\n` +
        `export default {plugins: [[remarkFrontmatter, ['yaml', 'toml']], syntax]}\n`
    )
    writeFileSync(
      path.join(folder, 'preset.mjs'),
      `export {default} from ${JSON.stringify(pathToHref('packages/remark-preset-lint-content-quality/dist/index.js'))}\n`
    )
    writeFileSync(path.join(folder, '.markdownlint-cli2.jsonc'), '{"config": {"default": true}}\n')
    const remarkArgs = ['site', '--no-config', '--no-ignore', '--no-color']
    const lintBin = path.join(root, 'packages/content-quality-lint/bin/content-quality-lint.js')
    const subjects: Array<{name: string; command: string[]}> = [
      {name: '`remark`, parser plugins only', command: [bin('remark'), ...remarkArgs, '--use', './parser-only.mjs']},
      {name: '`remark` with the preset', command: [bin('remark'), ...remarkArgs, '--use', './preset.mjs']},
      {name: '`remark` with the preset, `--quiet`', command: [bin('remark'), ...remarkArgs, '--use', './preset.mjs', '--quiet']},
      {name: '`markdownlint-cli2`, defaults', command: [bin('markdownlint-cli2'), 'site/**/*.md']},
      {name: '`content-quality-lint --jobs 1`', command: ['node', lintBin, 'site', '--no-color', '--jobs', '1']},
      {name: '`content-quality-lint --jobs 2`', command: ['node', lintBin, 'site', '--no-color', '--jobs', '2']}
    ]
    const timed = existsSync('/usr/bin/time')
    const samples = subjects.map(() => ({wall: [] as number[], memory: [] as number[], output: ''}))
    for (let round = 0; round < rounds; round++) {
      for (const [index, subject] of subjects.entries()) {
        const command = timed ? ['/usr/bin/time', '-f', '%e %M', ...subject.command] : subject.command
        const start = performance.now()
        const result = spawnSync(command[0]!, command.slice(1), {cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30})
        const wall = performance.now() - start
        const lines = result.stderr.trimEnd().split('\n')
        const measured = timed ? lines.pop()!.split(' ') : undefined
        samples[index]!.wall.push(wall)
        if (measured) samples[index]!.memory.push(Number(measured[1]) / 1024)
        samples[index]!.output = lines.join('\n') + result.stdout
      }
    }
    const floor = median(samples[0]!.wall)
    const markdownlint = median(samples[3]!.wall)
    console.log(`### End to end, wall time, median of ${rounds} rounds\n`)
    console.log('| command | wall ms | × `remark` parser only | × `markdownlint-cli2` | peak MiB |\n| --- | ---: | ---: | ---: | ---: |')
    for (const [index, subject] of subjects.entries()) {
      const wall = median(samples[index]!.wall)
      const memory = samples[index]!.memory.length > 0 ? median(samples[index]!.memory).toFixed(0) : 'n/a'
      console.log(`| ${subject.name} | ${wall.toFixed(0)} | ${(wall / floor).toFixed(2)} | ${(wall / markdownlint).toFixed(2)} | ${memory} |`)
    }
    const same = samples[4]!.output === samples[5]!.output
    const jobs = median(samples[5]!.wall) / median(samples[4]!.wall)
    console.log(`\n\`--jobs 2\` ÷ \`--jobs 1\`: ${jobs.toFixed(2)}; reports ${same ? 'identical' : 'DIFFERENT'}.\n`)
    if (!same) process.exitCode = 1
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** A file URL of a path in the repository, for a configuration file in the temporary folder. */
function pathToHref(relative: string): string {
  return new URL(relative, new URL('../', import.meta.url)).href
}

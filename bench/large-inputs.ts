/**
 * Benchmark: the `remark` CLI with the default reporter on hostile large
 * files (2 MB of one repeated word, 10 MB of mojibake in paragraphs, 1 MB of
 * random bytes), with the preset and with only the parser plugins (the
 * floor), each in its own process with the heap capped (850 MB) as a small
 * CI machine would have it. Records whether it completed, the warnings it
 * printed, wall time and peak memory (resident set). Every rule reports at
 * most 200 messages a file and one that counts the rest (`maxMessages`), so
 * the report stays small whatever the file holds.
 *
 * Usage: `pnpm bench:large` (`BENCH_HEAP_MB` sets the heap cap in MB, default 850).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const remarkBin = path.join(root, 'node_modules/remark-cli/cli.js')
const heapMegabytes = Number(process.env.BENCH_HEAP_MB ?? 850)
// Printed by the child as it exits: its own peak resident set, in kilobytes.
const reportPeak = 'data:text/javascript,' + encodeURIComponent('process.on("exit", () => process.stderr.write("\\npeak-rss " + process.resourceUsage().maxRSS + "\\n"))')

/** The hostile files: name and content. */
function inputs(): Array<{name: string; value: string | Uint8Array}> {
  const paragraph = ['A pause â€” then the cafÃ© opened its doors.', 'Itâ€™s the best place in town, they say.', 'We met at the cafÃ© on Tuesday â€” again.']
  const paragraphs: string[] = []
  let length = 0
  for (let index = 0; length < 10_000_000; index++) {
    const text = paragraph.join(' ' + index + '\n') + '\n\n'
    paragraphs.push(text)
    length += text.length
  }
  let seed = 7
  const bytes = Uint8Array.from({length: 1_000_000}, () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed % 256
  })
  return [
    {name: 'one-word-2mb.md', value: 'the '.repeat(500_000) + '\n'},
    {name: 'mojibake-10mb.md', value: paragraphs.join('')},
    {name: 'random-bytes-1mb.md', value: bytes}
  ]
}

/** The file a package's import resolves to from here (the configuration lives in a temporary folder). */
function resolved(name: string): string {
  return fileURLToPath(import.meta.resolve(name))
}

const folder = mkdtempSync(path.join(tmpdir(), 'content-quality-large-'))
const configs = {
  'parser plugins only': {plugins: [[resolved('remark-frontmatter'), ['yaml', 'toml']], resolved('remark-gfm')]},
  preset: {plugins: [path.join(root, 'packages/remark-preset-lint-content-quality/dist/index.js')]}
}

console.log('| file | subject | completed | warnings | wall s | peak RSS MB |')
console.log('| --- | --- | --- | --- | --- | --- |')
try {
  for (const input of inputs()) {
    const file = path.join(folder, input.name)
    writeFileSync(file, input.value)
    for (const [subject, config] of Object.entries(configs)) {
      const rc = path.join(folder, subject.replace(/\W+/g, '-') + '.json')
      writeFileSync(rc, JSON.stringify(config))
      const start = performance.now()
      const result = spawnSync(
        process.execPath,
        ['--max-old-space-size=' + heapMegabytes, '--import', reportPeak, remarkBin, '--no-color', '--no-stdout', '--rc-path', rc, file],
        {cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024}
      )
      const seconds = (performance.now() - start) / 1000
      const peak = /peak-rss (\d+)/.exec(result.stderr)?.[1]
      const warnings = (result.stderr.match(/^\s*\d+:\d+(?:-\d+:\d+)?\s+warning\s/gm) ?? []).length
      const completed = result.status === 0 ? 'yes' : 'no (exit ' + (result.status ?? result.signal) + ')'
      console.log(
        '| `' + input.name + '` | ' + subject + ' | ' + completed + ' | ' + warnings + ' | ' + seconds.toFixed(1) + ' | ' +
          (peak ? (Number(peak) / 1024).toFixed(0) : '?') + ' |'
      )
    }
  }
} finally {
  rmSync(folder, {recursive: true, force: true})
}

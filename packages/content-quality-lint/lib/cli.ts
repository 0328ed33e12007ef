/**
 * `content-quality-lint [options] [paths…]`: lint markdown files like the
 * `remark` CLI, on worker threads, optionally one shard of them.
 */
import {readFile} from 'node:fs/promises'
import os from 'node:os'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {mergeSarif} from 'vfile-reporter-sarif'
import {findFiles} from './find-files.js'
import {lint} from './lint.js'
import {parseJobs, parseReporter} from './arguments.js'
import {exitCode, report, type ReportOptions} from './report.js'
import {inShard, parseShard, type Shard} from './shard.js'

const usage = `Usage: content-quality-lint [options] [paths…]
       content-quality-lint --merge-sarif <logs…>

Lint markdown files like the \`remark\` CLI does (.remarkrc*,
package.json#remarkConfig, .remarkignore; the content-quality preset when
there is none), on worker threads. Paths are files, folders or globs
(default: \`.\`); folders give their markdown and \`.mdx\` files.

Options:
  -j, --jobs <n>        lint on n worker threads (default: the available
                        parallelism, here ${os.availableParallelism()}; 1 lints in this thread)
      --shard <i/n>     lint only shard i of n (1 ≤ i ≤ n) of the files, a
                        stable split by a hash of each path
  -r, --report <name>   \`json\` or \`sarif\` on standard output (default: the
                        text of the \`remark\` CLI on standard error)
  -q, --quiet           report only files with messages
  -S, --silent          report only fatal messages
  -f, --frail           exit with 1 on warnings too
      --color           color the text report (default: when standard error
      --no-color        is a terminal)
      --merge-sarif     print one SARIF log merged from the given SARIF logs
                        (of the shards of a run) on standard output
  -h, --help            show this help

Exit code: 1 with a fatal message (or a warning with --frail), 2 on bad
options, 0 otherwise.
`

/** The options of a lint run, once checked. */
interface Settings extends ReportOptions {
  jobs: number
  shard: Shard | undefined
  frail: boolean
}

/** Run the command line with `args`; resolves to the exit code. */
async function main(args: string[], cwd: string): Promise<number> {
  let settings: Settings
  let positionals: string[]
  let values: {help?: boolean; 'merge-sarif'?: boolean}
  try {
    ;({settings, positionals, values} = parse(args))
  } catch (error) {
    process.stderr.write(String((error as Error).message) + '\n\n' + usage)
    return 2
  }
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }
  if (values['merge-sarif']) {
    try {
      const logs = await Promise.all(positionals.map((file) => readFile(file, 'utf8')))
      process.stdout.write(mergeSarif(logs))
    } catch (error) {
      process.stderr.write('Cannot merge SARIF logs: ' + String((error as Error).message) + '\n')
      return 1
    }
    return 0
  }

  const candidates = await findFiles(positionals.length > 0 ? positionals : ['.'], cwd)
  const {shard} = settings
  const files = await lint(shard ? candidates.filter((file) => inShard(file, shard)) : candidates, cwd, settings.jobs)
  const text = report(files, settings)
  ;(settings.reporter ? process.stdout : process.stderr).write(text)
  return exitCode(files, settings.frail)
}

/** Parse and check `args`; throws an error that says what is wrong. */
function parse(args: string[]) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      jobs: {type: 'string', short: 'j'},
      shard: {type: 'string'},
      report: {type: 'string', short: 'r'},
      quiet: {type: 'boolean', short: 'q'},
      silent: {type: 'boolean', short: 'S'},
      frail: {type: 'boolean', short: 'f'},
      color: {type: 'boolean'},
      'merge-sarif': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  const settings: Settings = {
    jobs: values.jobs === undefined ? os.availableParallelism() : parseJobs(values.jobs),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    reporter: values.report === undefined ? undefined : parseReporter(values.report),
    quiet: Boolean(values.quiet),
    silent: Boolean(values.silent),
    frail: Boolean(values.frail),
    color: values.color ?? Boolean(process.stderr.isTTY)
  }
  return {settings, positionals, values}
}

process.exitCode = await main(process.argv.slice(2), process.cwd())

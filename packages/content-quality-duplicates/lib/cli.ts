/**
 * `content-quality-duplicates [options] [paths…]`: find the pages of a site
 * that repeat each other, and optionally write the index the
 * `no-duplicate-document` rule reads.
 */
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {exitCode, findFiles, parseJobs, parseReporter, report, type ReportOptions} from 'content-quality-lint'
import {defaultOptions, readDuplicateOptions, serializeIndex, type DuplicateOptions} from 'content-quality-sketch'
import {defaultCacheLocation, readCache, writeCache, type SketchCache} from './cache.js'
import {findDuplicates} from './find-duplicates.js'
import {sketchFiles} from './sketch-files.js'
import {writeFileWhole} from './write-file.js'

const usage = `Usage: content-quality-duplicates [options] [paths…]

Find pages that repeat each other (the same article under another title):
each page's text is cut into shingles of words, MinHash signatures find
candidate pairs, and every candidate's Jaccard similarity is computed
exactly. Each page that nearly duplicates an earlier one (by frontmatter
\`date\`, else path) gets a warning. Paths are files, folders or globs
(default: \`.\`); folders give their markdown and \`.mdx\` files; what
\`.remarkignore\` ignores is left out.

Options:
  -t, --threshold <n>      least Jaccard similarity of near-duplicates
                           (default: ${defaultOptions.threshold})
      --shingle-size <n>   words a shingle holds (default: ${defaultOptions.shingleSize})
      --minimum-words <n>  never compare pages with fewer words (default: ${defaultOptions.minimumWords})
      --include <kinds>    also count \`html\` (visible text of raw HTML)
                           and/or \`code\`, comma-separated (default: only
                           markdown prose)
  -w, --write-index <file> write the signatures to <file>, for the
                           \`no-duplicate-document\` rule
      --cache              keep each page's sketch in a cache, and read
                           again only pages whose bytes changed
      --cache-location <file>
                           where the cache is (default:
                           \`${defaultCacheLocation}\`)
  -j, --jobs <n>           read pages on n worker threads (default: the
                           available parallelism, here ${os.availableParallelism()})
  -r, --report <name>      \`json\` or \`sarif\` on standard output (default:
                           the text of the \`remark\` CLI on standard error)
  -q, --quiet              report only pages with messages
  -S, --silent             report only fatal messages
  -f, --frail              exit with 1 on warnings too
      --color, --no-color  color the text report (default: when standard
                           error is a terminal)
      --no-progress        say nothing on standard error while reading
  -h, --help               show this help

Exit code: 1 when a page cannot be read (or a copy is found, with
--frail), 2 on bad options, 0 otherwise.
`

/** Pages from which a run reports its progress. */
const largeRun = 1000

/** The options of a run, once checked. */
interface Settings extends ReportOptions {
  duplicates: DuplicateOptions
  jobs: number
  frail: boolean
  index: string | undefined
  /** The cache file, when `--cache` is on. */
  cache: string | undefined
  progress: boolean
}

/** Run the command line with `args`; resolves to the exit code. */
export async function main(args: string[], cwd: string): Promise<number> {
  let settings: Settings
  let positionals: string[]
  try {
    ;({settings, positionals} = parse(args))
  } catch (error) {
    if ((error as Error).message === 'help') {
      process.stdout.write(usage)
      return 0
    }
    process.stderr.write(String((error as Error).message) + '\n\n' + usage)
    return 2
  }

  const started = performance.now()
  const files = await findFiles(positionals.length > 0 ? positionals : ['.'], cwd)
  const say = (line: string): void => {
    if (settings.progress && files.length >= largeRun) process.stderr.write('content-quality-duplicates: ' + line + '\n')
  }
  let step = 0
  say('reading ' + files.length + ' pages on ' + settings.jobs + ' thread' + (settings.jobs === 1 ? '' : 's'))
  const cacheFile = settings.cache === undefined ? undefined : path.resolve(cwd, settings.cache)
  const warn = (reason: string): void => {
    process.stderr.write('content-quality-duplicates: ' + reason + '\n')
  }
  const cache = cacheFile === undefined ? undefined : await readCache(cacheFile, settings.duplicates, warn)
  const sketched = await sketchFiles(files, cwd, {
    text: settings.duplicates,
    jobs: settings.jobs,
    cache,
    progress(done) {
      // A line at each tenth.
      const tenth = Math.floor((done * 10) / files.length)
      if (tenth > step && done < files.length) {
        step = tenth
        say('read ' + done + ' of ' + files.length + ' pages')
      }
    }
  })
  if (cacheFile !== undefined) {
    const fresh: SketchCache = new Map()
    for (const file of sketched) if (file.sketch && file.hash) fresh.set(file.path, {hash: file.hash, sketch: file.sketch})
    await writeCache(cacheFile, settings.duplicates, fresh).catch((error: Error) => warn('Cannot write cache `' + settings.cache + '`: ' + error.message))
  }
  say('comparing ' + files.length + ' pages')
  const found = findDuplicates(sketched, settings.duplicates, cwd)
  const copies = found.groups.reduce((sum, group) => sum + group.copies.length, 0)
  say(
    'found ' + found.groups.length + ' groups of near-duplicates, ' + copies + ' copies, in ' + ((performance.now() - started) / 1000).toFixed(1) + ' s'
  )

  if (settings.index !== undefined) {
    const indexPath = path.resolve(cwd, settings.index)
    const folder = path.dirname(indexPath)
    const pages = sketched.flatMap((file) =>
      file.sketch
        ? [{path: toPosix(path.relative(folder, path.resolve(cwd, file.path))), words: file.sketch.words, date: file.sketch.date, signature: file.sketch.signature}]
        : []
    )
    try {
      await writeFileWhole(indexPath, serializeIndex({options: settings.duplicates, pages}))
    } catch (error) {
      process.stderr.write('Cannot write index `' + settings.index + '`: ' + String((error as Error).message) + '\n')
      return 1
    }
  }

  const text = report(found.files, settings)
  ;(settings.reporter ? process.stdout : process.stderr).write(text)
  return exitCode(found.files, settings.frail)
}

/** Parse and check `args`; throws an error that says what is wrong (`help` for `--help`). */
function parse(args: string[]): {settings: Settings; positionals: string[]} {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      threshold: {type: 'string', short: 't'},
      'shingle-size': {type: 'string'},
      'minimum-words': {type: 'string'},
      include: {type: 'string'},
      'write-index': {type: 'string', short: 'w'},
      cache: {type: 'boolean'},
      'cache-location': {type: 'string'},
      jobs: {type: 'string', short: 'j'},
      report: {type: 'string', short: 'r'},
      quiet: {type: 'boolean', short: 'q'},
      silent: {type: 'boolean', short: 'S'},
      frail: {type: 'boolean', short: 'f'},
      color: {type: 'boolean'},
      progress: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) throw new Error('help')
  const raw: Record<string, unknown> = {}
  if (values.threshold !== undefined) raw.threshold = number('--threshold', values.threshold)
  if (values['shingle-size'] !== undefined) raw.shingleSize = number('--shingle-size', values['shingle-size'])
  if (values['minimum-words'] !== undefined) raw.minimumWords = number('--minimum-words', values['minimum-words'])
  if (values.include !== undefined) raw.include = values.include.split(',').map((kind) => kind.trim()).filter(Boolean)
  let duplicates: DuplicateOptions
  try {
    duplicates = readDuplicateOptions(raw)
  } catch (error) {
    // The option names of the command line, not of the configuration.
    throw new Error(
      (error as Error).message
        .replace('`threshold`', '`--threshold`')
        .replace('`shingleSize`', '`--shingle-size`')
        .replace('`minimumWords`', '`--minimum-words`')
        .replace('`include`', '`--include`')
    )
  }
  const settings: Settings = {
    duplicates,
    jobs: values.jobs === undefined ? os.availableParallelism() : parseJobs(values.jobs),
    index: values['write-index'],
    cache: values.cache ? (values['cache-location'] ?? defaultCacheLocation) : undefined,
    reporter: values.report === undefined ? undefined : parseReporter(values.report),
    quiet: Boolean(values.quiet),
    silent: Boolean(values.silent),
    frail: Boolean(values.frail),
    color: values.color ?? Boolean(process.stderr.isTTY),
    progress: values.progress ?? true
  }
  return {settings, positionals}
}

/** A number option's value, or an error naming it. */
function number(name: string, value: string): number {
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new Error('Unexpected `' + name + '` value `' + value + '`, expected a number')
  return parsed
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

/**
 * `content-quality-fix [--dry-run] [paths…]`: apply every fix of the
 * content-quality rules that is safe to apply unseen, in place.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {createTwoFilesPatch} from 'diff'
import {fixFiles, type FileFix} from './fix-files.js'

const usage = `Usage: content-quality-fix [options] [paths…]

Apply every fix of the content-quality rules (each message's first
\`expected\`, unless it is only a suggestion) to markdown files in place.
Only the flagged text changes; line endings, byte-order marks and white
space stay as they are. Paths are files,
folders or globs (default: \`.\`), configured like the \`remark\` CLI
(.remarkrc*, .remarkignore; the content-quality preset when there is none).

Options:
  --dry-run, --diff  print a unified diff of what would change, write nothing
                     (exit code 1 when something would change)
  -h, --help         show this help
`

/** Run the command line with `args`; resolves to the exit code. */
async function main(args: string[], cwd: string): Promise<number> {
  let values: {'dry-run'?: boolean; diff?: boolean; help?: boolean}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {'dry-run': {type: 'boolean'}, diff: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}
    }))
  } catch (error) {
    process.stderr.write(String((error as Error).message) + '\n\n' + usage)
    return 2
  }
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }

  const dryRun = Boolean(values['dry-run'] || values.diff)
  const results = await fixFiles(positionals.length > 0 ? positionals : ['.'], cwd)
  let failed = false
  let changed = false

  for (const result of results) {
    if (result.error) {
      failed = true
    } else if (result.after !== result.before) {
      changed = true
      if (dryRun) process.stdout.write(createTwoFilesPatch(result.path, result.path, result.before, result.after))
      else await writeFile(path.resolve(cwd, result.path), result.after)
    }
    process.stderr.write(summary(result, dryRun) + '\n')
  }

  return failed || (dryRun && changed) ? 1 : 0
}

/** One line about a file: what was (or would be) fixed and what is left. */
function summary(result: FileFix, dryRun: boolean): string {
  if (result.error) return result.path + ': ' + result.error
  const parts = [
    (dryRun ? 'would fix ' : 'fixed ') + result.fixed,
    result.remaining.length + ' left without a fix'
  ]
  return result.path + ': ' + parts.join(', ')
}

process.exitCode = await main(process.argv.slice(2), process.cwd())

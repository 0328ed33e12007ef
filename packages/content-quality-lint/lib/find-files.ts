import type {Stats} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import {extensions} from './extensions.js'
import {createIgnoreCheck} from './ignore-files.js'

/**
 * Expand `inputs` (files, folders and globs, relative to `cwd`) into the
 * sorted list of files to lint, as relative paths with forward slashes, the
 * way unified-engine expands them for the `remark` CLI: globs are expanded by
 * `glob`; folders are searched for files with markdown extensions and
 * `.mdx`, skipping `node_modules` folders inside them; whatever the nearest
 * `.remarkignore` ignores is left out. A path that does not exist stays in
 * the list, so the engine reports it as it does (`No such file or folder`).
 */
export async function findFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  const isIgnored = createIgnoreCheck(cwd, '.remarkignore')
  const found = new Set<string>()
  const paths: string[] = []

  // Every path relative to `cwd`, however it was given (an absolute glob too): one file is one path.
  const relative = (input: string): string => path.relative(cwd, path.resolve(cwd, input)) || '.'
  for (const input of inputs) {
    if (hasMagic(input)) paths.push(...(await glob(input, {cwd})).map(relative))
    else paths.push(relative(input))
  }

  await search(paths, false)
  return [...found].sort(compare)

  async function search(entries: readonly string[], nested: boolean): Promise<void> {
    await Promise.all(entries.map((entry) => visit(entry, nested)))
  }

  async function visit(entry: string, nested: boolean): Promise<void> {
    if (nested && path.basename(entry) === 'node_modules') return
    const stats = await statOrUndefined(path.resolve(cwd, entry))
    if (await isIgnored(entry)) return
    if (stats?.isDirectory()) {
      const names = await readdir(path.resolve(cwd, entry))
      await search(
        names.map((name) => path.join(entry, name)),
        true
      )
    } else if (!nested || extensions.includes(path.extname(entry).slice(1))) {
      found.add(entry.split(path.sep).join('/'))
    }
  }
}

/** Order paths by UTF-16 code units, as unified-engine sorts its files. */
export function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

/** The stats of `filePath`, or `undefined` when it does not exist (the engine reports that). */
async function statOrUndefined(filePath: string): Promise<Stats | undefined> {
  try {
    return await stat(filePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

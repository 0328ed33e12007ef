import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {lintFiles} from 'content-quality-lint'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {applyEdits} from './apply-edits.js'
import {editsFromMessages} from './edits.js'

/** How often a file is linted and fixed again at most (fixes can reveal new ones). */
export const maximumPasses = 10

/** What fixing one file gave. */
export interface FileFix {
  /** Path of the file, as the linter names it (relative to `cwd`). */
  path: string
  /** Its text before. */
  before: string
  /** Its text with every fix made (equal to `before` when nothing changed). */
  after: string
  /** How many fixes were made. */
  fixed: number
  /** Messages of the fixed text that still stand: no fix is known, or it overlaps another. */
  remaining: VFileMessage[]
  /** Why the file was left alone, if it was. */
  error?: string
}

/**
 * Lint `files` (paths, folders or globs, as the `remark` CLI takes them) and
 * apply every fix the messages carry, again and again until a pass makes no
 * fix (at most `maximumPasses`), so that running it again changes nothing.
 * Each pass lints the files it changed together, in one run of the engine.
 * Works on text only; the caller decides whether to write `after`.
 */
export async function fixFiles(files: string[], cwd: string): Promise<FileFix[]> {
  const results: FileFix[] = []
  let pending: FileFix[] = []
  const seen = new Set<string>()

  for (const file of await lintFiles(files, cwd)) {
    // A file named twice (`docs docs/a.md`) is fixed once.
    const resolved = path.resolve(cwd, file.path)
    if (seen.has(resolved)) continue
    seen.add(resolved)
    const before = String(file.value ?? '')
    const result: FileFix = {path: file.path, before, after: before, fixed: 0, remaining: file.messages}
    results.push(result)

    const bytes = await readFile(resolved).catch(() => undefined)
    if (!bytes || !Buffer.from(before, 'utf8').equals(bytes)) {
      result.error = bytes ? 'not valid UTF-8, left unchanged' : 'could not be read'
      continue
    }
    pending.push(result)
  }

  for (let pass = 0; pass < maximumPasses && pending.length > 0; pass++) {
    const changed = new Map<VFile, FileFix>()
    for (const result of pending) {
      const {text, applied} = applyEdits(result.after, editsFromMessages(result.after, result.remaining))
      if (applied.length === 0) continue
      result.after = text
      result.fixed += applied.length
      changed.set(new VFile({path: result.path, cwd, value: text}), result)
    }
    pending = []
    if (changed.size === 0) break
    // The engine hands back the files it was given, with their messages.
    for (const file of await lintFiles([...changed.keys()], cwd)) {
      const result = changed.get(file)
      if (!result) continue
      result.remaining = file.messages
      pending.push(result)
    }
  }

  return results
}

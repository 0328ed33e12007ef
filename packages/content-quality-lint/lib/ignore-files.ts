import {readFile} from 'node:fs/promises'
import path from 'node:path'
import ignoreModule, {type Ignore} from 'ignore'

// `ignore` is CommonJS, and its types name its `module.exports` `default` (it has that field too).
const ignore = ignoreModule.default

/** The ignore file that applies to a folder: its patterns and the folder they are relative to. */
interface IgnoreFile {
  folder: string
  patterns: Ignore
}

/**
 * Whether paths are ignored by the nearest ignore file named `name` (such as
 * `.remarkignore`) in their folder or a parent folder, as unified-engine
 * checks them: only the nearest file counts, its patterns are relative to its
 * folder, and a path outside that folder is never ignored.
 */
export function createIgnoreCheck(cwd: string, name: string): (filePath: string) => Promise<boolean> {
  const nearest = new Map<string, Promise<IgnoreFile | undefined>>()

  return async function (filePath) {
    const absolute = path.resolve(cwd, filePath)
    const found = await nearestIn(path.dirname(absolute))
    if (!found) return false
    const relative = path.relative(found.folder, absolute)
    if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) {
      return false
    }
    return found.patterns.ignores(relative)
  }

  function nearestIn(folder: string): Promise<IgnoreFile | undefined> {
    let found = nearest.get(folder)
    if (!found) {
      found = load(folder)
      nearest.set(folder, found)
    }
    return found
  }

  async function load(folder: string): Promise<IgnoreFile | undefined> {
    try {
      return {folder, patterns: ignore().add(await readFile(path.join(folder, name), 'utf8'))}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      const parent = path.dirname(folder)
      return parent === folder ? undefined : nearestIn(parent)
    }
  }
}

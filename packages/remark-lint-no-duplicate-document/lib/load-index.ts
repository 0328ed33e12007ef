import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {OptionsError} from 'content-quality-core'
import {indexLookup, parseIndex, type DuplicateIndex} from 'content-quality-sketch'

/** An index file, read and ready to look pages up in. */
export interface LoadedIndex {
  /** Absolute path of the index file. */
  file: string
  /** The folder the paths of its pages are relative to: the index file's. */
  folder: string
  index: DuplicateIndex
  /** The pages that may be near-duplicates of a signature (`indexLookup`). */
  lookup: (signature: Uint32Array) => number[]
}

/** What was read of an index file, and the state of the file then. */
interface CacheEntry {
  /** Inode, size, modification and change times: the command writes an index by renaming a new file over it, so each write has a new inode. */
  stamp: string
  loaded: Promise<LoadedIndex>
}

/** Loaded indexes by absolute path: one entry a file, replaced when the file changes. */
const cache = new Map<string, CacheEntry>()

/**
 * Read the index file at `name` (relative to `cwd`), or reuse the one read
 * before when the file has the same inode, size, modification and change
 * time: a language
 * server, or a CLI run over many files, parses an index once and sees it
 * when it is written again. Rejects with an `OptionsError` naming the file
 * and saying why it cannot be read.
 */
export async function loadIndex(name: string, cwd: string): Promise<LoadedIndex> {
  const file = path.resolve(cwd, name)
  let stamp: string
  try {
    const stats = await stat(file)
    if (!stats.isFile()) throw new Error('it is not a file')
    stamp = [stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs].join(':')
  } catch (error) {
    throw cannotRead(name, error)
  }
  const cached = cache.get(file)
  if (cached && cached.stamp === stamp) return cached.loaded
  const loaded = read(file, name)
  cache.set(file, {stamp, loaded})
  // A failed read is not kept: the next file tries again (the index may be being written).
  loaded.catch(() => {
    if (cache.get(file)?.loaded === loaded) cache.delete(file)
  })
  return loaded
}

async function read(file: string, name: string): Promise<LoadedIndex> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw cannotRead(name, error)
  }
  let index: DuplicateIndex
  try {
    index = parseIndex(text, name)
  } catch (error) {
    throw new OptionsError((error as Error).message + ' (option `index`)')
  }
  return {file, folder: path.dirname(file), index, lookup: indexLookup(index)}
}

function cannotRead(name: string, error: unknown): OptionsError {
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOENT'
      ? 'there is no such file; write it with `content-quality-duplicates --write-index ' + name + '`'
      : (error as Error).message
  return new OptionsError('Cannot read duplicates index `' + name + '`: ' + reason + ' (option `index`)')
}

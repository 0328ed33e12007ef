import {createHash} from 'node:crypto'
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {decodeValues, encodeValues, signatureLength, type PageSketch, type TextOptions} from 'content-quality-sketch'
import {writeFileWhole} from './write-file.js'

/** The sketches of an earlier run, by path, each with the hash of the text it was made from. */
export type SketchCache = Map<string, {hash: string; sketch: PageSketch}>

/** Where `--cache` keeps the sketches unless told otherwise, relative to the folder of the run. */
export const defaultCacheLocation = 'node_modules/.cache/content-quality-duplicates.json'

/** The `format` of a cache file: a new one when sketches change. */
const cacheFormat = 'content-quality-duplicates-cache-1'

/** The SHA-1 of a file's bytes, in hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/**
 * Read the cache at `file`: empty when there is none, when it was made with
 * other text options, or when it cannot be read (then `warn` says why: the
 * run goes on and writes a good one).
 */
export async function readCache(file: string, text: TextOptions, warn: (reason: string) => void): Promise<SketchCache> {
  const cache: SketchCache = new Map()
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn('Cannot read cache `' + file + '`, reading every page: ' + (error as Error).message)
    return cache
  }
  const record = data as {format?: unknown; text?: unknown; pages?: unknown}
  if (record?.format !== cacheFormat || !Array.isArray(record.pages)) {
    warn('Cannot read cache `' + file + '`, reading every page: it is not a cache of this version of `content-quality-duplicates`')
    return cache
  }
  if (JSON.stringify(record.text) !== JSON.stringify(textKey(text))) return cache
  for (const page of record.pages as Array<Record<string, unknown>>) {
    const signature = decodeValues(page.signature)
    const shingles = decodeValues(page.shingles)
    if (typeof page.path !== 'string' || typeof page.hash !== 'string' || !signature || signature.length !== signatureLength || !shingles || typeof page.words !== 'number') continue
    cache.set(page.path, {
      hash: page.hash,
      sketch: {
        words: page.words,
        shingles,
        signature,
        date: typeof page.date === 'number' ? page.date : undefined,
        start: (page.start as PageSketch['start']) ?? undefined
      }
    })
  }
  return cache
}

/** Write `cache` to `file`, making its folder when needed. */
export async function writeCache(file: string, text: TextOptions, cache: SketchCache): Promise<void> {
  const pages = [...cache].map(([page, {hash, sketch}]) => ({
    path: page,
    hash,
    words: sketch.words,
    date: sketch.date ?? null,
    start: sketch.start ?? null,
    signature: encodeValues(sketch.signature),
    shingles: encodeValues(sketch.shingles)
  }))
  await mkdir(path.dirname(file), {recursive: true})
  await writeFileWhole(file, JSON.stringify({format: cacheFormat, text: textKey(text), pages}))
}

/** What of the options changes a sketch. */
function textKey(text: TextOptions): object {
  return {shingleSize: text.shingleSize, include: [...text.include].sort()}
}

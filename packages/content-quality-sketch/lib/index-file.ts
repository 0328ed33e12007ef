import {decodeValues, encodeValues} from './base64.js'
import {BandTable, bandingFor} from './lsh.js'
import {signatureLength} from './minhash.js'
import {readDuplicateOptions, type DuplicateOptions} from './options.js'

/** What an index keeps of a page: never its text. */
export interface IndexedPage {
  /** Path relative to the folder of the index file, with forward slashes. */
  path: string
  /** Tokens of its text. */
  words: number
  /** Frontmatter date, as milliseconds since 1970. */
  date: number | undefined
  signature: Uint32Array
}

/** The signatures of a site's pages and the options they were made with. */
export interface DuplicateIndex {
  options: DuplicateOptions
  pages: IndexedPage[]
}

/** The `format` field of an index file. */
export const indexFormat = 'content-quality-duplicates-index'

/** The version of the index file format this package reads and writes. */
export const indexVersion = 1

/** An index as JSON text (signatures as base64 of their little-endian bytes). */
export function serializeIndex(index: DuplicateIndex): string {
  const pages = index.pages.map((page) => ({
    path: page.path,
    words: page.words,
    date: page.date === undefined ? null : new Date(page.date).toISOString(),
    signature: encodeValues(page.signature)
  }))
  return JSON.stringify({format: indexFormat, version: indexVersion, signatureLength, options: index.options, pages}) + '\n'
}

/**
 * Read an index from JSON text; throws an error that says what is wrong
 * (not JSON, another format or version, a bad page) and names `name`.
 */
export function parseIndex(text: string, name: string): DuplicateIndex {
  const fail = (reason: string): never => {
    throw new Error('Cannot read duplicates index `' + name + '`: ' + reason)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    fail('it is not JSON (' + (error as Error).message + ')')
  }
  if (!isRecord(data) || data.format !== indexFormat) fail('expected an object with `format: "' + indexFormat + '"`, as `content-quality-duplicates --write-index` writes')
  const record = data as Record<string, unknown>
  if (record.version !== indexVersion) {
    fail('it has version ' + JSON.stringify(record.version) + ', expected ' + indexVersion + '; write it again with this version of `content-quality-duplicates`')
  }
  if (record.signatureLength !== signatureLength) {
    fail('its signatures have ' + JSON.stringify(record.signatureLength) + ' values, expected ' + signatureLength + '; write it again with this version of `content-quality-duplicates`')
  }
  let options: DuplicateOptions
  try {
    options = readDuplicateOptions(record.options)
  } catch (error) {
    return fail('its options are wrong: ' + (error as Error).message)
  }
  if (!Array.isArray(record.pages)) return fail('expected `pages` to be an array')
  const pages = record.pages.map(function (page: unknown, index: number): IndexedPage {
    if (!isRecord(page) || typeof page.path !== 'string' || !Number.isInteger(page.words) || typeof page.signature !== 'string') {
      return fail('page ' + index + ' is not `{path, words, date, signature}`')
    }
    const signature = decodeValues(page.signature)
    if (signature?.length !== signatureLength) return fail('the signature of `' + page.path + '` is not ' + signatureLength + ' 32-bit values')
    const date = typeof page.date === 'string' ? Date.parse(page.date) : Number.NaN
    return {path: page.path, words: page.words as number, date: Number.isFinite(date) ? date : undefined, signature}
  })
  return {options, pages}
}

/**
 * The pages of an index that may be near-duplicates of a page: those that
 * share a band of their signatures (the banding of the index's threshold).
 * The bands are hashed once, when the lookup is made.
 */
export function indexLookup(index: DuplicateIndex): (signature: Uint32Array) => number[] {
  const table = new BandTable(bandingFor(index.options.threshold))
  index.pages.forEach(function (page, number) {
    if (page.words >= index.options.minimumWords) table.add(table.keys(page.signature), number)
  })
  return (signature) => [...new Set(table.lists(table.keys(signature)).flat())].sort((a, b) => a - b)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

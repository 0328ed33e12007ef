import {OptionsError, readOptions, type OptionsSpec} from 'content-quality-core'
import {extraTexts, type ExtraText} from './page-tokens.js'

/** How pages are compared. */
export interface DuplicateOptions {
  /** The least Jaccard similarity of two pages' shingle sets for them to be near-duplicates. */
  threshold: number
  /** Tokens a shingle holds. */
  shingleSize: number
  /** Pages with fewer tokens of text are never compared. */
  minimumWords: number
  /** Text that counts besides markdown prose: `html`, `code`. */
  include: ExtraText[]
}

/**
 * The defaults, measured on `../shared/corpora` (6,867 real pages; the
 * figures are in `eval/RESULTS.md` and this package's readme): the Jaccard
 * similarity of 5-token shingles falls in a valley between 0.45 and 0.65
 * (pages that share phrasing or furniture below it, copies above), and the
 * documentation pairs between 0.5 and 0.7 are sibling reference pages
 * written from one template and yearly posts that reuse last year's text;
 * pages under 100 tokens are templated notices (release pre-announcements)
 * too short to tell a copy from a form.
 */
export const defaultOptions: DuplicateOptions = {threshold: 0.7, shingleSize: 5, minimumWords: 100, include: []}

/** What each option accepts. */
export const optionsSpec: OptionsSpec<DuplicateOptions> = {
  threshold: {type: 'number', minimum: 0.05, maximum: 1},
  shingleSize: {type: 'integer', minimum: 1, maximum: 20},
  minimumWords: {type: 'integer', minimum: 1, maximum: 100_000},
  include: {type: 'string-array'}
}

/** Check raw options against `optionsSpec`, filling in the defaults; throws an `OptionsError` that says what is wrong. */
export function readDuplicateOptions(raw: unknown, defaults: DuplicateOptions = defaultOptions): DuplicateOptions {
  const options = readOptions(raw, optionsSpec, defaults)
  for (const kind of options.include) {
    if (!extraTexts.includes(kind)) {
      throw new OptionsError('Unexpected text `' + kind + '` for option `include`, expected ' + extraTexts.map((name) => '`' + name + '`').join(' or '))
    }
  }
  return {...options, include: [...new Set(options.include)].sort()}
}

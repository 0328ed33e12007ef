/**
 * Dates written in words or digits (`Mar 3rd, 2021`, `March 3rd`, `3 mars
 * 2021`, `2021-03-03`, `2021年3月3日`), read as one key per date so that
 * the same day matches across formats.
 */

/** Month names and their common abbreviations, in the supported languages. */
const monthNames: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'gennaio', 'januari', 'января', 'январь'],
  ['february', 'feb', 'februar', 'février', 'febrero', 'fevereiro', 'febbraio', 'februari', 'февраля', 'февраль'],
  ['march', 'mar', 'märz', 'mars', 'marzo', 'março', 'maart', 'марта', 'март'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'апреля', 'апрель'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'мая', 'май'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'июня', 'июнь'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'июля', 'июль'],
  ['august', 'aug', 'août', 'agosto', 'augustus', 'августа', 'август'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'сентября', 'сентябрь'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'октября', 'октябрь'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'ноября', 'ноябрь'],
  ['december', 'dec', 'dezember', 'décembre', 'diciembre', 'dezembro', 'dicembre', 'декабря', 'декабрь']
]

const monthOf = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)))

/**
 * Numbers (with an ordinal ending: `3rd`, `1er`, `3.`; not the parts of
 * `3.12` or `1,000`) and words: the pieces a date written in words is made of.
 */
const piecePattern = /(?<![0-9.,])([0-9]+)(?:st|nd|rd|th|er|º)?(?![\p{L}\p{N}])\.?|[\p{L}\p{M}]+\.?/gu
/** What may stand between the pieces of one date. */
const separator = /^[\s,]*$/u
/** Dates in digits, as year, month and day: `2021-03-03`, `2021年3月3日`, `3月3日`, `2021년 3월 3일`. */
const digitForms = [
  /(?<![0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])/gu,
  /(?:([0-9]{4})\s?[年년]\s?)?([0-9]{1,2})\s?[月월]\s?([0-9]{1,2})\s?[日일]/gu
]

/** A date found in a text: its offsets, its key (`date:03-03`, or `date:2021-03` for a month) and its year. */
export interface DateMention {
  start: number
  end: number
  key: string
  year: string | undefined
}

interface Piece {
  start: number
  end: number
  /** The month a word names. */
  month?: number
  /** The digits of a number. */
  digits?: string
  /** The word, lower case, without a final point. */
  word?: string
}

/**
 * The dates in `text`, in order, without overlaps: digit forms, then a
 * month name beside a day (`Mar 3rd`, `3 March`, `the 3rd of March`, `3 de
 * marzo`), each with an optional year, or beside a year alone (`May
 * 2024`). A month name without a day or a year (the verb `may`) is no
 * date; a day is 1 to 31 and a month 1 to 12. Dates written with slashes
 * or points only (`03/03/2021`, `3.3.2021`) are not read: the order of day
 * and month differs by country.
 */
export function findDates(text: string): DateMention[] {
  const inDigits: DateMention[] = []
  for (const pattern of digitForms) {
    for (const match of text.matchAll(pattern)) {
      const month = Number(match[2])
      const day = Number(match[3])
      if (!isMonth(month) || day < 1 || day > 31) continue
      inDigits.push({start: match.index, end: match.index + match[0].length, key: dayKey(month, day), year: match[1]})
    }
  }
  inDigits.sort((a, b) => a.start - b.start)
  return merge(inDigits, inWords(text))
}

/** Dates written with a month name, in order. */
function inWords(text: string): DateMention[] {
  const pieces = piecesOf(text)
  // The piece after `index` when only white space and commas stand between, past one of `words`.
  const next = (index: number, words: string[] = []): number | undefined => {
    if (index + 1 >= pieces.length) return undefined
    if (!separator.test(text.slice(pieces[index]!.end, pieces[index + 1]!.start))) return undefined
    return words.includes(pieces[index + 1]!.word ?? '') ? next(index + 1) : index + 1
  }
  const found: DateMention[] = []
  for (let index = 0; index < pieces.length; index++) {
    const first = pieces[index]!
    let last = next(index, first.month === undefined ? ['of', 'de'] : [])
    if (last === undefined) continue
    const other = pieces[last]!
    let key: string
    if (first.month !== undefined && isDay(other)) key = dayKey(first.month, Number(other.digits))
    else if (isDay(first) && other.month !== undefined) key = dayKey(other.month, Number(first.digits))
    else if (first.month !== undefined && isYear(other)) key = 'date:' + other.digits + '-' + pad(first.month)
    else continue

    let year: string | undefined
    // A day and its month may have a year after them (`Mar 3rd, 2021`, `3 de marzo de 2021`).
    const after = isYear(other) ? undefined : next(last, ['de'])
    if (after !== undefined && isYear(pieces[after]!)) {
      year = pieces[after]!.digits
      last = after
    }
    found.push({start: first.start, end: pieces[last]!.end, key, year})
    index = last
  }
  return found
}

/** Two sorted lists of dates as one, dropping a date of `second` that overlaps one of `first`. */
function merge(first: DateMention[], second: DateMention[]): DateMention[] {
  const merged: DateMention[] = []
  let cursor = 0
  for (const date of second) {
    while (cursor < first.length && first[cursor]!.end <= date.start) merged.push(first[cursor++]!)
    if (cursor < first.length && first[cursor]!.start < date.end) continue
    merged.push(date)
  }
  return [...merged, ...first.slice(cursor)]
}

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = []
  for (const match of text.matchAll(piecePattern)) {
    const start = match.index
    const end = start + match[0].length
    if (match[1] !== undefined) {
      pieces.push({start, end, digits: match[1]})
    } else {
      const word = match[0].replace(/\.$/u, '').toLowerCase()
      pieces.push({start, end, word, month: monthOf.get(word)})
    }
  }
  return pieces
}

function isMonth(month: number): boolean {
  return month >= 1 && month <= 12
}

function isDay(piece: Piece): boolean {
  const day = Number(piece.digits)
  return piece.digits !== undefined && piece.digits.length <= 2 && day >= 1 && day <= 31
}

function isYear(piece: Piece): boolean {
  return piece.digits?.length === 4
}

/** Whether a term key is a date's. */
export function isDateKey(key: string): boolean {
  return key.startsWith('date:')
}

function dayKey(month: number, day: number): string {
  return 'date:' + pad(month) + '-' + pad(day)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

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

/** Numbers (with an ordinal ending: `3rd`, `1er`, `3.`) and words, the pieces a date written in words is made of. */
const piecePattern = /(?<!\p{N})(\p{N}+)(?:st|nd|rd|th|er|º)?(?![\p{L}\p{N}])\.?|[\p{L}\p{M}]+\.?/gu
/** What may stand between the pieces of one date. */
const separator = /^[\s,]*$/u
/** Dates in digits: `2021-03-03`, `2021年3月3日`, `3月3日`, `2021년 3월 3일`. */
const digitForms: Array<{pattern: RegExp; year: number; month: number; day: number}> = [
  {pattern: /(?<!\p{N})(\p{N}{4})-(\p{N}{1,2})-(\p{N}{1,2})(?!\p{N})/gu, year: 1, month: 2, day: 3},
  {pattern: /(?:(\p{N}{4})\s?[年년]\s?)?(\p{N}{1,2})\s?[月월]\s?(\p{N}{1,2})\s?[日일]/gu, year: 1, month: 2, day: 3}
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
  /** The value of a number. */
  number?: number
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
 * date; a day is 1 to 31 and a month 1 to 12.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = []
  for (const form of digitForms) {
    for (const match of text.matchAll(form.pattern)) {
      const month = Number(match[form.month])
      const day = Number(match[form.day])
      if (month < 1 || month > 12 || day < 1 || day > 31) continue
      const start = match.index
      found.push({start, end: start + match[0].length, key: dayKey(month, day), year: match[form.year]})
    }
  }

  const pieces = piecesOf(text)
  // The piece after `index` when only white space and commas stand between, past any of `words`.
  const next = (index: number | undefined, words: string[] = []): number | undefined => {
    if (index === undefined || index + 1 >= pieces.length) return undefined
    if (!separator.test(text.slice(pieces[index]!.end, pieces[index + 1]!.start))) return undefined
    return words.includes(pieces[index + 1]!.word ?? '') ? next(index + 1) : index + 1
  }
  for (let index = 0; index < pieces.length; index++) {
    const first = pieces[index]!
    const second = next(index, first.month === undefined ? ['of', 'de'] : [])
    const other = second === undefined ? undefined : pieces[second]
    let key: string | undefined
    let last = second
    if (first.month !== undefined && other && isDay(other)) key = dayKey(first.month, other.number!)
    else if (isDay(first) && other?.month !== undefined) key = dayKey(other.month, first.number!)
    else if (first.month !== undefined && other && isYear(other)) key = 'date:' + other.digits + '-' + pad(first.month)
    if (key === undefined || last === undefined || !other) continue

    let year: string | undefined
    // A day and its month may have a year after them (`Mar 3rd, 2021`, `3 de marzo de 2021`).
    const after = isYear(other) ? undefined : next(last, ['de'])
    if (after !== undefined && isYear(pieces[after]!)) {
      year = pieces[after]!.digits
      last = after
    }
    const end = pieces[last]!.end
    if (found.some((date) => first.start < date.end && end > date.start)) continue
    found.push({start: first.start, end, key, year})
    index = last
  }
  return found.sort((a, b) => a.start - b.start)
}

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = []
  for (const match of text.matchAll(piecePattern)) {
    const start = match.index
    const end = start + match[0].length
    if (match[1] !== undefined) {
      pieces.push({start, end, number: Number(match[1]), digits: match[1]})
    } else {
      const word = match[0].replace(/\.$/u, '').toLowerCase()
      pieces.push({start, end, word, month: monthOf.get(word)})
    }
  }
  return pieces
}

function isDay(piece: Piece): boolean {
  return piece.number !== undefined && piece.digits!.length <= 2 && piece.number >= 1 && piece.number <= 31
}

function isYear(piece: Piece): boolean {
  return piece.digits?.length === 4
}

function dayKey(month: number, day: number): string {
  return 'date:' + pad(month) + '-' + pad(day)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

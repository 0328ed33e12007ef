/**
 * Mojibake: UTF-8 text decoded with another code page. Each word is encoded
 * back to bytes with every code page and read as UTF-8; a reading is kept
 * when its text costs clearly less than the word as it stands (`badness.ts`),
 * and the best reading of each span wins.
 */
import {quote, type Finding} from 'content-quality-core'
import {badness, naturalAfterLetter} from './badness.js'
import {infoOf} from './characters.js'
import {codePages, encoderOf} from './code-pages.js'

/** How much cheaper a reading must be than the text as it stands. */
const minimumGain = 2.5
/**
 * The same inside a repair: text that was mojibake once is likely to have
 * been mojibake before (`Ã¢â‚¬â„¢` → `â€™` → `’`), so a reading that costs
 * no more than the text will do.
 */
const minimumGainInRepair = 0
/** How a text is read: as found, or inside a repair. */
type Reading = 'text' | 'repair'

/** Leads of two-byte sequences whose loss of the second byte is recognised: Latin-1, Latin Extended-A, Greek, Cyrillic. */
const leadsOfLostSecondBytes = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xce, 0xcf, 0xd0, 0xd1])

/** One character or UTF-8 sequence of a word, read through a code page. */
interface Piece {
  /** `ascii`: an ASCII character; `sequence`: a whole UTF-8 sequence; `lost`: a sequence cut short; `plain`: a byte that starts no sequence. */
  kind: 'ascii' | 'sequence' | 'lost' | 'plain'
  start: number
  /** Number of characters (and so bytes). */
  length: number
  /** Code point of a sequence. */
  codePoint: number
  /** Bytes read for the piece (for a lost sequence, those that remain). */
  bytes: number[]
}

/**
 * What the rest of the document shows. Text is rarely mangled one word at a
 * time: on a page that already holds Windows-1252 mojibake, a sequence cut
 * short is read on less evidence.
 */
export interface PageContext {
  /** The document holds mojibake read through Windows-1252 (`Ã©`, `â€”`, `KÃber`). */
  garbled: boolean
}

/** A page that shows nothing: every word is judged on its own. */
const plainPage: PageContext = {garbled: false}

/** A page that holds Windows-1252 mojibake. */
const garbledPage: PageContext = {garbled: true}

/** A span of text and the pieces it reads as, with how much cheaper the reading is. */
interface Candidate {
  page: number
  start: number
  end: number
  pieces: Piece[]
  gain: number
}

const encoders = codePages.map((page) => encoderOf(page))

/** How `findMojibake` reads a text. */
export interface ReadOptions {
  /** As found, or inside a repair. */
  reading?: Reading
  /**
   * What the rest of the document shows. With a garbled page, only the runs
   * in `cutShort` are read, and only through the pages that read sequences
   * cut short: the text was read before without it.
   */
  context?: PageContext
  /**
   * Runs of characters that hold a sequence cut short, as start and end
   * pairs: filled when reading without a garbled page, read with one.
   */
  cutShort?: number[]
}

/**
 * Find mojibake in `text` outside spans already `taken`, mark what is found
 * as taken, and add one finding per run of repaired characters to `findings`;
 * whether any of it was read through Windows-1252 (evidence that the page is
 * garbled, `PageContext`).
 */
export function findMojibake(text: string, taken: Uint8Array, findings: Finding[], options: ReadOptions = {}): boolean {
  const {reading = 'text', context = plainPage, cutShort} = options
  const candidates: Candidate[] = []
  if (context.garbled) {
    for (let page = 0; page < codePages.length; page++) {
      if (!codePages[page]!.readsLostBytes) continue
      const encoder = encoders[page]!
      const byteAt = (index: number): number => encoder(text.charCodeAt(index))
      const judgement = {page, reading, context, candidates}
      const runs = cutShort ?? []
      for (let index = 0; index + 1 < runs.length; index += 2) readWord(text, runs[index]!, runs[index + 1]!, byteAt, judgement)
    }
  } else {
    // Only words with a character outside ASCII can hold mojibake: find each once, for every code page.
    let wordEnd = 0
    for (const match of text.matchAll(/[^\u0000-\u007F]/g)) {
      if (match.index < wordEnd) continue
      let start = match.index
      while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--
      wordEnd = match.index + 1
      while (wordEnd < text.length && !isSpace(text.charCodeAt(wordEnd))) wordEnd++
      for (let page = 0; page < codePages.length; page++) collectCandidates(text, start, wordEnd, {page, reading, context, candidates}, cutShort)
    }
  }
  // Whole sequences explain text better than sequences cut short.
  const strength = (candidate: Candidate): number => candidate.gain - 0.5 * candidate.pieces.filter((piece) => piece.kind === 'lost').length
  candidates.sort((a, b) => strength(b) - strength(a) || a.page - b.page || a.start - b.start)
  let garbled = false
  for (const candidate of candidates) {
    if (isTaken(taken, candidate.start, candidate.end)) continue
    markTaken(taken, candidate.start, candidate.end)
    for (const finding of findingsOf(text, candidate)) findings.push(finding)
    if (codePages[candidate.page]!.readsLostBytes) garbled = true
  }
  return garbled
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

/**
 * Read the word `text[start, end)` through a code page: each run of
 * characters the page can encode that may hold a UTF-8 sequence (a lead byte
 * before a continuation byte, or a lead whose second byte can be lost).
 * Runs that hold a sequence cut short go to `cutShort` when the page reads
 * those (`holdsCutShort`), to be read again if the page proves garbled.
 */
function collectCandidates(text: string, start: number, end: number, judgement: Judgement, cutShort: number[] | undefined): void {
  const encoder = encoders[judgement.page]!
  const readsLost = readsLostBytes(judgement)
  const byteAt = (index: number): number => encoder(text.charCodeAt(index))
  let index = start
  while (index < end) {
    if (byteAt(index) < 0) {
      index++
      continue
    }
    let runEnd = index
    let promising = false
    let hasLead = false
    let previous = -1
    while (runEnd < end) {
      const byte = byteAt(runEnd)
      if (byte < 0) break
      if (byte >= 0xc2 && byte <= 0xf4) hasLead = true
      if (previous >= 0xc2 && previous <= 0xf4 && byte >= 0x80 && byte <= 0xbf) promising = true
      if (readsLost && leadsOfLostSecondBytes.has(byte)) promising = true
      previous = byte
      runEnd++
    }
    if (promising) readWord(text, index, runEnd, byteAt, judgement)
    // A run without a lead byte holds nothing cut short: no need to look.
    if (readsLost && hasLead && cutShort && holdsCutShort(text, index, runEnd, byteAt)) cutShort.push(index, runEnd)
    index = runEnd
  }
}

/**
 * Whether the run `text[start, end)` holds a sequence cut short that a
 * garbled page reads: a lead that kept a continuation byte, or a lone lead
 * that is lost on a garbled page (`loneLeadIsLost`).
 */
function holdsCutShort(text: string, start: number, end: number, byteAt: (index: number) => number): boolean {
  // Continuation bytes the last lead still needs, how many it kept, and where it is.
  let needed = 0
  let kept = 0
  let leadAt = -1
  let lead = -1
  for (let index = start; index <= end; index++) {
    const byte = index < end ? byteAt(index) : -1
    if (needed > 0 && byte >= 0x80 && byte <= 0xbf) {
      needed--
      kept++
      continue
    }
    if (needed > 0 && (kept > 0 || loneLeadIsLost(text, leadAt, lead, garbledPage))) return true
    needed = byte >= 0xc2 && byte <= 0xdf ? 1 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xf0 && byte <= 0xf4 ? 3 : 0
    kept = 0
    leadAt = index
    lead = byte
  }
  return false
}

/** Where the candidates of one code page go, and how the text is read. */
interface Judgement {
  page: number
  reading: Reading
  context: PageContext
  candidates: Candidate[]
}

/**
 * Whether sequences cut short are read: only through the pages that say so
 * (`readsLostBytes`), and not inside a repair, whose text is too short to judge them.
 */
function readsLostBytes({page, reading}: Judgement): boolean {
  return codePages[page]!.readsLostBytes && reading === 'text'
}

/** Split the word `text[start, end)` into pieces, and judge each stretch between plain bytes. */
function readWord(
  text: string,
  start: number,
  end: number,
  byteAt: (index: number) => number,
  judgement: Judgement
): void {
  let stretch: Piece[] = []
  let index = start
  while (index <= end) {
    const piece = index < end ? readPiece(byteAt, index, end) : undefined
    if (!piece || piece.kind === 'plain') {
      judge(text, stretch, judgement)
      stretch = []
      index++
      continue
    }
    stretch.push(piece)
    index += piece.length
  }
}

/** Keep the reading of `stretch` if it is clearly better than the text. */
function judge(text: string, stretch: Piece[], judgement: Judgement): void {
  const {page, reading, candidates} = judgement
  // Inside a repair only a lost sequence with a known repair is read (`â€` is `”`).
  for (const piece of stretch) {
    if (piece.kind === 'lost' && !readsLostBytes(judgement) && !(reading === 'repair' && lostRepair(text, piece) === '”')) piece.kind = 'plain'
  }
  const changed = stretch.filter((piece) => piece.kind === 'sequence' || isLost(piece, text, judgement.context))
  if (changed.length === 0) return

  const first = stretch[0]!
  const last = stretch[stretch.length - 1]!
  const before = [...text.slice(Math.max(0, first.start - 4), first.start)].slice(-2)
  const after = [...text.slice(last.start + last.length, last.start + last.length + 6)].slice(0, 3)
  const original = [...before, ...text.slice(first.start, last.start + last.length), ...after].map((character) => character.codePointAt(0)!)
  let middle = ''
  let previous = ''
  for (const piece of stretch) {
    let read: string
    if (piece.kind === 'sequence') read = piece.codePoint === 0xfe_ff ? '' : String.fromCodePoint(piece.codePoint)
    // The lost character is unknown: stand in the letter before it, or a plain letter.
    else if (isLost(piece, text, judgement.context)) read = lostRepair(text, piece) ?? (/\p{L}/u.test(previous) ? previous : 'a')
    else read = pieceText(text, piece)
    middle += read
    if (read) previous = String.fromCodePoint(read.codePointAt(read.length - 1)!)
  }
  // Text mangled twice reads as mojibake once more: judge what it repairs to.
  if (reading === 'text') {
    middle = repairFully(middle)
    if (/[\u0080-\u009F\p{Cn}\p{Co}\p{Cs}]/u.test(middle)) return
  } else if (stretch.some((piece) => piece.kind === 'sequence' && infoOf(piece.codePoint).rare)) {
    // Inside a repair the bar is low, and there is no context: no rare characters (`É®` is not `ɮ`).
    return
  }
  const decoded = [...before, ...middle, ...after].map((character) => character.codePointAt(0)!)

  let gain = badness(original) - badness(decoded)
  for (const piece of changed) gain += coincidence(text, piece, changed.length > 1, judgement.context)
  if (gain < (reading === 'text' ? minimumGain : minimumGainInRepair)) return
  const firstChanged = changed[0]!
  const lastChanged = changed[changed.length - 1]!
  candidates.push({page, start: firstChanged.start, end: lastChanged.start + lastChanged.length, pieces: changed, gain})
}

/**
 * Evidence from the sequence itself: correct text hardly ever spells out the
 * three or four UTF-8 bytes of punctuation, a symbol or an emoji by chance,
 * unless its characters are letters of one word (Inari Saami `âžž`) or it
 * reads as a rare character. A byte-order mark (`ï»¿`), an emoji that lost
 * its last byte (`ðŸ™`) and punctuation or a symbol that lost it (`â€`,
 * `âœ`) are evidence on their own; other sequences cut short only beside
 * more mojibake, or on a garbled page.
 */
function coincidence(text: string, piece: Piece, accompanied: boolean, context: PageContext): number {
  if (piece.kind === 'lost') {
    if (piece.length === 3) return minimumGain
    if (piece.length === 2) {
      // A lead before what follows letters is a letter (Welsh `â’r`, `perché”`).
      const letter = naturalAfterLetter.has(text.charCodeAt(piece.start + 1))
      // Punctuation and symbols (lead 0xE2) cut short, unless `â` and the next character could be letters of a word.
      if (!letter && piece.bytes[0] === 0xe2 && (!isOneWord(pieceText(text, piece)) || standsAlone(text, piece.start, piece.start + piece.length))) return minimumGain
      // On a garbled page, a lead and what follows are evidence unless they could be letters of a word (Czech `Tomáš`).
      if (context.garbled && (accompanied || (!letter && !isOneWord(pieceText(text, piece))))) return minimumGain
    }
    // On a garbled page, a lone lead `isLost` accepts is as strong.
    if (piece.length === 1 && context.garbled) return minimumGain
    return piece.length === 2 && accompanied ? 1 : 0
  }
  if (piece.kind !== 'sequence' || piece.length < 3) return 0
  if (piece.codePoint === 0xfe_ff) return minimumGain
  if (isOneWord(pieceText(text, piece)) || infoOf(piece.codePoint).rare) return 0
  const codePoint = piece.codePoint
  const common =
    piece.length === 4 ||
    (codePoint >= 0x2000 && codePoint <= 0x2bff) ||
    (codePoint >= 0x3000 && codePoint <= 0x303f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef)
  return common ? minimumGain : 1
}

/** Whether `characters` are letters of one script in a word's order of case, as in a word. */
function isOneWord(characters: string): boolean {
  const infos = [...characters].map((character) => infoOf(character.codePointAt(0)!))
  return infos.every(
    (info, index) =>
      info.kind === 'letter' &&
      info.script === infos[0]!.script &&
      // `вњЁ`: a capital after a small letter is no word.
      (index === 0 || info.upper === false || infos[index - 1]!.upper)
  )
}

/** Whether the characters `text[start, end)` have no letter on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return !/\p{L}/u.test(text.charAt(start - 1)) && !/\p{L}/u.test(text.charAt(end))
}

/**
 * Whether a cut-short sequence is evidence: it kept a continuation byte, or
 * its lead is one whose loss is recognised where it stands.
 */
function isLost(piece: Piece, text: string, context: PageContext): boolean {
  if (piece.kind !== 'lost') return false
  return piece.bytes.length > 1 || loneLeadIsLost(text, piece.start, piece.bytes[0]!, context)
}

/** Whether the lone lead `lead` at `index` is a sequence cut short, on a page like `context`. */
function loneLeadIsLost(text: string, index: number, lead: number, context: PageContext): boolean {
  const previous = text.charAt(index - 1)
  const next = text.charAt(index + 1)
  // A lone lead inside a lower-case word (`inglÃs`, `KÃber`), or `Ã` before a space.
  const wordInitialCapital = /\p{Lu}/u.test(previous) && !/\p{L}/u.test(text.charAt(index - 2))
  if (leadsOfLostSecondBytes.has(lead) && (/\p{Ll}/u.test(previous) || (wordInitialCapital && /\p{Ll}/u.test(next)) || (lead === 0xc3 && next === ' '))) {
    return true
  }
  return context.garbled && readsLostOnGarbledPage(text, index, lead)
}

/**
 * Whether the lone lead `lead` at `index` is a sequence cut short on a
 * garbled page: a capital that starts a word (`Ãlvarez`, whose 0x81 was
 * dropped), or punctuation or an emoji standing alone (`â`). After a letter
 * a lone lead stays a letter (`café`).
 */
function readsLostOnGarbledPage(text: string, index: number, lead: number): boolean {
  if (/\p{L}/u.test(text.charAt(index - 1))) return false
  if (leadsOfLostSecondBytes.has(lead)) return /\p{Ll}/u.test(text.charAt(index + 1))
  return (lead === 0xe2 || lead === 0xf0) && standsAlone(text, index, index + 1)
}

/**
 * The findings of a kept candidate: one per run of adjacent pieces, repaired
 * as a whole (a lost lead can belong to the next repair: `Ðâ€”` is `Ð—`,
 * which is `З`). Lost sequences the repair cannot place are reported alone,
 * between the runs of sequences around them.
 */
function findingsOf(text: string, candidate: Candidate): Finding[] {
  const findings: Finding[] = []
  for (const run of adjacentRuns(candidate.pieces)) {
    const unplaced = run.filter((piece) => piece.kind === 'lost' && lostRepair(text, piece) === undefined)
    const expected = unplaced.length === run.length ? undefined : repairOfRun(text, run)
    if (expected !== undefined && !unplaced.some((piece) => expected.includes(pieceText(text, piece)))) {
      if (run.length === 1 && run[0]!.kind === 'lost') findings.push(lostFinding(text, run[0]!))
      // A repair that rests on the guess of `à` is only a suggestion too.
      else findings.push({...runFinding(text, run, expected), ...(run.some((piece) => piece.kind === 'lost' && lostRepair(text, piece) === 'à') ? {suggestion: true} : {})})
      continue
    }
    for (const part of adjacentRuns(run, (piece) => piece.kind === 'sequence')) {
      if (part[0]!.kind === 'lost') for (const piece of part) findings.push(lostFinding(text, piece))
      else findings.push(runFinding(text, part, repairOfRun(text, part)))
    }
  }
  return findings
}

/** Split `pieces` into runs of adjacent pieces that agree on `key`. */
function adjacentRuns(pieces: Piece[], key: (piece: Piece) => unknown = () => true): Piece[][] {
  const runs: Piece[][] = []
  for (const piece of pieces) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    if (last && last.start + last.length === piece.start && key(last) === key(piece)) run!.push(piece)
    else runs.push([piece])
  }
  return runs
}

/** The repair of a run: what its pieces read as (a character, the repair of a lost sequence, or else its own text), repaired fully. */
function repairOfRun(text: string, run: Piece[]): string {
  const read = run.map((piece) => (piece.kind === 'sequence' ? String.fromCodePoint(piece.codePoint) : (lostRepair(text, piece) ?? pieceText(text, piece))))
  return repairFully(read.join(''))
}

function runFinding(text: string, run: Piece[], expected: string): Finding {
  const last = run[run.length - 1]!
  return mojibakeFinding(run[0]!.start, text.slice(run[0]!.start, last.start + last.length), expected)
}

function pieceText(text: string, piece: Piece): string {
  return text.slice(piece.start, piece.start + piece.length)
}

/** A finding for mojibake `actual` at `start`, repaired as `expected`. */
export function mojibakeFinding(start: number, actual: string, expected: string): Finding {
  return {
    start,
    end: start + actual.length,
    message: 'Unexpected mojibake ' + quote(actual) + ', expected ' + quote(expected),
    actual,
    expected: [expected]
  }
}

/**
 * A finding for a sequence whose last byte was lost, with its repair when
 * it has one (`lostRepair`).
 */
function lostFinding(text: string, piece: Piece): Finding {
  const expected = lostRepair(text, piece)
  // `voilÃ  le`: the no-break space became the first of two spaces.
  const end = piece.start + piece.length + (expected === 'à' && text.startsWith('  ', piece.start + piece.length) ? 1 : 0)
  const actual = text.slice(piece.start, end)
  return {
    start: piece.start,
    end,
    message:
      'Unexpected mojibake ' +
      quote(actual) +
      (expected === undefined
        ? ' (a character whose last byte was lost), expected the original character'
        : expected === '”'
          ? ' (a closing quote whose last byte was lost), expected `”`'
          : ' (`à` whose no-break space became a space), expected `à`'),
    actual,
    ...(expected === undefined ? {} : {expected: [expected]}),
    // `Ã` before a space may also be another letter whose last byte was lost: a person confirms.
    ...(expected === 'à' ? {suggestion: true} : {})
  }
}

/**
 * The known repair of a lost sequence: `â€` is nearly always `”` (its 0x9D
 * is undefined in Windows-1252 and dropped), and `Ã` before a space is
 * likely `à` whose no-break space (0xA0) became a plain space.
 */
function lostRepair(text: string, piece: Piece): string | undefined {
  const [lead, second] = piece.bytes
  // `â€` before a letter or another sequence is some other character of U+2000–U+203F (a zero-width joiner in `ðŸ‘©â€ðŸ’»`).
  const next = text.charAt(piece.start + piece.length)
  if (piece.bytes.length === 2 && lead === 0xe2 && second === 0x80 && !/[\p{L}\p{N}\u0080-\uFFFF]/u.test(next)) return '”'
  if (piece.bytes.length === 1 && lead === 0xc3 && next === ' ') return 'à'
  return undefined
}

/** Read the piece at `index`: an ASCII character, a whole or cut-short UTF-8 sequence, or a plain byte. */
function readPiece(byteAt: (index: number) => number, index: number, end: number): Piece {
  const lead = byteAt(index)
  const piece: Piece = {kind: 'plain', start: index, length: 1, codePoint: 0, bytes: [lead]}
  if (lead < 0x80) {
    piece.kind = 'ascii'
    return piece
  }
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2
    piece.codePoint = lead & 0x1f
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    piece.codePoint = lead & 0x0f
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    piece.codePoint = lead & 0x07
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else {
    return piece
  }

  for (let offset = 1; offset < length; offset++) {
    const byte = index + offset < end ? byteAt(index + offset) : -1
    if (byte < low || byte > high) {
      // A sequence cut short: the next byte starts something else (or the word ends).
      if (byte >= 0x80 && byte <= 0xbf) return piece
      piece.kind = 'lost'
      piece.length = offset
      return piece
    }
    low = 0x80
    high = 0xbf
    piece.codePoint = (piece.codePoint << 6) | (byte & 0x3f)
    piece.bytes.push(byte)
  }
  piece.kind = 'sequence'
  piece.length = length
  return piece
}


/** Undo mojibake that was applied more than once (`Ã¢â‚¬â„¢` → `â€™` → `’`). */
function repairFully(value: string): string {
  let current = value
  for (let round = 0; round < 3; round++) {
    const next = repairOnce(current)
    if (next === current) break
    current = next
  }
  // A byte-order mark inside text is an artefact: the repair removes it.
  return current.replace(/\uFEFF/g, '')
}

function repairOnce(value: string): string {
  const findings: Finding[] = []
  findMojibake(value, new Uint8Array(value.length), findings, {reading: 'repair'})
  let result = ''
  let cursor = 0
  for (const finding of findings.sort((a, b) => a.start - b.start)) {
    if (finding.expected === undefined) continue
    result += value.slice(cursor, finding.start) + finding.expected[0]
    cursor = finding.end
  }
  return result + value.slice(cursor)
}

/** Whether any character of `[start, end)` is taken. */
export function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (taken[index]) return true
  return false
}

/** Mark `[start, end)` as taken. */
export function markTaken(taken: Uint8Array, start: number, end: number): void {
  taken.fill(1, start, end)
}


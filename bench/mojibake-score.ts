/**
 * Score mojibake detectors against the spans the corpus injected: how many
 * spans each finds, how many it repairs to the original text, and how many
 * of its hits lie where nothing was injected (false hits).
 */
import type {VFileMessage} from 'vfile-message'
import type {InjectedSpan} from './corpus.ts'

/** Counts of one detector over a corpus. */
export interface Score {
  injected: number
  found: number
  repaired: number
  falseHits: number
}

/** An empty score. */
export function emptyScore(): Score {
  return {injected: 0, found: 0, repaired: 0, falseHits: 0}
}

/** A span a detector reported, with the first replacement it offers. */
export interface ReportedRange {
  start: number
  end: number
  expected?: string
}

/** Score the mojibake messages of `no-mojibake` on document `text`. */
export function scoreMessages(score: Score, text: string, spans: InjectedSpan[], messages: VFileMessage[]): void {
  scoreRanges(score, text, spans, reportedRanges(messages, (message) => message.reason.startsWith('Unexpected mojibake')))
}

/** The ranges of the placed messages `keep` accepts, each with its first replacement. */
export function reportedRanges(messages: VFileMessage[], keep: (message: VFileMessage) => boolean): ReportedRange[] {
  return messages.flatMap(function (message) {
    const place = message.place
    if (!keep(message) || !place || !('start' in place)) return []
    return [{start: place.start.offset!, end: place.end.offset!, expected: message.expected?.[0]}]
  })
}

/**
 * Score reported ranges of document `text` against its injected spans: a
 * span is found when a range overlaps it, repaired when the ranges inside it
 * and their replacements give back the original text; a range that overlaps
 * no span is a false hit.
 */
export function scoreRanges(score: Score, text: string, spans: InjectedSpan[], ranges: ReportedRange[]): void {
  score.injected += spans.length
  const overlaps = (range: ReportedRange, span: InjectedSpan): boolean => range.start < span.end && range.end > span.start
  for (const span of spans) {
    const hits = ranges.filter((range) => overlaps(range, span)).sort((a, b) => a.start - b.start)
    if (hits.length === 0) continue
    score.found++
    if (repairs(span, hits, text)) score.repaired++
  }
  score.falseHits += ranges.filter((range) => !spans.some((span) => overlaps(range, span))).length
}

/** Whether `hits`, sorted and all overlapping `span`, turn its text back into the original. */
function repairs(span: InjectedSpan, hits: ReportedRange[], text: string): boolean {
  if (hits.some((hit) => hit.expected === undefined || hit.start < span.start || hit.end > span.end)) return false
  let repaired = ''
  let cursor = span.start
  for (const hit of hits) {
    if (hit.start < cursor) return false
    repaired += text.slice(cursor, hit.start) + hit.expected
    cursor = hit.end
  }
  return repaired + text.slice(cursor, span.end) === span.original
}

/**
 * Score ftfy's output on one document. ftfy fixes lines without saying
 * where; each line is aligned piece by piece: text between injected spans
 * must come back unchanged (else the line counts as one false hit), and a
 * span is found when its text changed, repaired when it became the original.
 */
export function scoreFixedText(score: Score, text: string, spans: InjectedSpan[], fixed: string): void {
  score.injected += spans.length
  const lines = text.split('\n')
  const fixedLines = fixed.split('\n')
  if (lines.length !== fixedLines.length) throw new Error('ftfy changed the number of lines')
  let lineStart = 0
  let spanIndex = 0
  lines.forEach((line, index) => {
    const lineEnd = lineStart + line.length
    const inLine: InjectedSpan[] = []
    while (spanIndex < spans.length && spans[spanIndex]!.start < lineEnd) inLine.push(spans[spanIndex++]!)
    const after = fixedLines[index]!
    if (after !== line) alignLine(score, line, lineStart, inLine, after)
    lineStart = lineEnd + 1
  })
}

function alignLine(score: Score, line: string, lineStart: number, spans: InjectedSpan[], after: string): void {
  let cursor = 0
  let position = 0
  for (const [index, span] of spans.entries()) {
    const clean = line.slice(cursor, span.start - lineStart)
    if (!after.startsWith(clean, position)) return falseHit()
    position += clean.length
    const bad = line.slice(span.start - lineStart, span.end - lineStart)
    const nextClean = line.slice(span.end - lineStart, (spans[index + 1]?.start ?? lineStart + line.length) - lineStart)
    const nextFrom = nextClean === '' ? after.length : after.indexOf(nextClean, position)
    if (nextFrom === -1) return falseHit()
    const replaced = after.slice(position, nextFrom)
    if (replaced !== bad) score.found++
    if (replaced === span.original) score.repaired++
    position = nextFrom
    cursor = span.end - lineStart
  }
  if (after.slice(position) !== line.slice(cursor)) falseHit()

  function falseHit(): void {
    score.falseHits++
  }
}

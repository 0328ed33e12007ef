/**
 * The labelled development sets: `eval/labels/<rule>.jsonl`, one JSON object
 * a line naming a place in the corpora (path, line, optional column), the
 * rule, the kind of case and the label. Never the document's text.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The rules `pnpm eval` measures, in the order it reports them. */
export const ruleIds = [
  'no-ad-markup',
  'no-duplicated-phrases',
  'no-mojibake',
  'no-scraper-boilerplate',
  'title-heading-match'
] as const

/** A rule `pnpm eval` measures. */
export type RuleId = (typeof ruleIds)[number]

/** The kinds of case each rule's set may hold. */
export const kinds: Record<RuleId, readonly string[]> = {
  'no-ad-markup': ['ad-slot', 'ad-script', 'ad-comment', 'affiliate-link', 'affiliate-banner', 'tracking-pixel', 'legit-html'],
  'no-duplicated-phrases': ['word', 'phrase', 'sentence', 'paragraph'],
  'no-mojibake': ['mojibake', 'replacement-char', 'c1-control', 'double-entity', 'printf-escape', 'legit'],
  'no-scraper-boilerplate': [
    'link-farm',
    'newsletter',
    'video-furniture',
    'share-prompt',
    'comment-prompt',
    'other-furniture',
    'legit-html'
  ],
  'title-heading-match': ['pair']
}

/** A labelled case. */
export interface Label {
  /** Corpus-relative path, forward slashes. */
  path: string
  /** 1-based line where the case starts (the second copy, the unit, the heading). */
  line: number
  /** 1-based column, when several cases of one rule share a line. */
  column?: number
  rule: RuleId
  kind: string
  label: 'error' | 'ok' | 'ambiguous'
  reason: string
  /**
   * `false` for a case labelled because a rule reported it in a document the
   * sample did not draw (every message on the documentation is labelled):
   * it counts for precision and false alarms, never for recall, which only
   * the sample's exhaustive candidates measure.
   */
  sampled?: false
}

/** Thrown for a label file that does not follow the format, naming the file and line. */
export class LabelError extends Error {}

/**
 * Parse one label file's text (`name` is used in errors). Every line must be
 * a complete, valid label of `rule`; blank lines are skipped.
 */
export function parseLabels(text: string, name: string, rule: RuleId): Label[] {
  return [...jsonLines(text, name, (where) => new LabelError(where + ': not JSON'))].map(({value, where}) => validLabel(value, where, rule))
}

/**
 * The value of each line of a JSON Lines text, with where it stands
 * (`name:line`); blank lines are skipped, and a line that is not JSON throws
 * the error `notJson` makes.
 */
export function* jsonLines(text: string, name: string, notJson: (where: string) => Error): Generator<{value: unknown; where: string}> {
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const where = `${name}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw notJson(where)
    }
    yield {value, where}
  }
}

function validLabel(value: unknown, where: string, rule: RuleId): Label {
  const fail = (why: string): never => {
    throw new LabelError(`${where}: ${why}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected an object')
  const label = value as Record<string, unknown>
  const known = new Set(['path', 'line', 'column', 'rule', 'kind', 'label', 'reason', 'sampled'])
  for (const key of Object.keys(label)) if (!known.has(key)) fail('unknown field `' + key + '`')
  if (typeof label.path !== 'string' || !/^(spam|docs)\/[^\s]+$/.test(label.path) || label.path.includes('..')) {
    fail('`path` must be a corpus-relative path under spam/ or docs/')
  }
  if (!Number.isInteger(label.line) || (label.line as number) < 1) fail('`line` must be a positive integer')
  if (label.column !== undefined && (!Number.isInteger(label.column) || (label.column as number) < 1)) {
    fail('`column` must be a positive integer')
  }
  if (label.rule !== rule) fail('`rule` must be `' + rule + '` in this file')
  if (typeof label.kind !== 'string' || !kinds[rule].includes(label.kind)) {
    fail('`kind` must be one of ' + kinds[rule].join(', '))
  }
  if (label.label !== 'error' && label.label !== 'ok' && label.label !== 'ambiguous') {
    fail('`label` must be error, ok or ambiguous')
  }
  if (typeof label.reason !== 'string' || label.reason.trim() === '') fail('`reason` must be a non-empty string')
  if (label.sampled !== undefined && label.sampled !== false) fail('`sampled` must be false when present')
  return label as unknown as Label
}

/**
 * Label files of another shape, each read by its own reader, that
 * `readLabels` leaves alone: `duplicates-docs.jsonl`, pairs of pages
 * (`duplicate-labels.ts`).
 */
export const otherLabelFiles: readonly string[] = ['duplicates-docs.jsonl']

/**
 * Read every `<rule>.jsonl` in `folder` (but `otherLabelFiles`). A place
 * labelled twice for one rule is an error: each case has one label.
 */
export function readLabels(folder: string): Label[] {
  const labels: Label[] = []
  const seen = new Set<string>()
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.jsonl') && !otherLabelFiles.includes(file)).sort()) {
    const rule = name.slice(0, -'.jsonl'.length)
    if (!(ruleIds as readonly string[]).includes(rule)) throw new LabelError(name + ': no rule `' + rule + '`')
    for (const label of parseLabels(readFileSync(join(folder, name), 'utf8'), name, rule as RuleId)) {
      const key = [label.rule, label.path, label.line, label.column ?? ''].join(':')
      if (seen.has(key)) throw new LabelError(`${name}: ${label.path}:${label.line} is labelled twice`)
      seen.add(key)
      labels.push(label)
    }
  }
  return labels
}

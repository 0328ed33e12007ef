/**
 * The labelled near-duplicate pairs of the documentation:
 * `eval/labels/duplicates-docs.jsonl`, one JSON object a line naming two
 * pages, the rule, the label and a reason. Never the pages' text.
 */
import {readFileSync} from 'node:fs'
import {jsonLines} from './labels.ts'

/** The label file's name in `eval/labels/`. */
export const duplicateLabelsFile = 'duplicates-docs.jsonl'

/** The rule a pair label is about. */
export const duplicateRule = 'no-duplicate-document'

/**
 * What two pages reported alike are: `copy` (the same text in two places),
 * `template` (siblings from one template, or a post reusing an earlier one,
 * most prose the same), `boilerplate` (only furniture shared: a false
 * alarm), `ambiguous` (a judgement call).
 */
export const pairLabels = ['copy', 'template', 'boilerplate', 'ambiguous'] as const

/** A label of a pair. */
export type PairLabel = (typeof pairLabels)[number]

/** A labelled pair of pages. */
export interface DuplicateLabel {
  /** Corpus-relative path of one page, forward slashes. */
  path: string
  /** Corpus-relative path of the other. */
  other: string
  rule: typeof duplicateRule
  label: PairLabel
  reason: string
}

/** Thrown for a line that does not follow the format, naming the file and line. */
export class DuplicateLabelError extends Error {}

/** The key of a pair of paths, the same in either order. */
export function pairKey(path: string, other: string): string {
  return path < other ? path + '\n' + other : other + '\n' + path
}

/**
 * Parse the label file's text (`name` is used in errors): every line a
 * valid pair label, blank lines skipped, no pair labelled twice (in either
 * order), no page paired with itself.
 */
export function parseDuplicateLabels(text: string, name: string): DuplicateLabel[] {
  const labels: DuplicateLabel[] = []
  const seen = new Set<string>()
  for (const {value, where} of jsonLines(text, name, (where) => new DuplicateLabelError(where + ': not JSON'))) {
    const label = validLabel(value, where)
    const key = pairKey(label.path, label.other)
    if (seen.has(key)) throw new DuplicateLabelError(`${where}: \`${label.path}\` and \`${label.other}\` are labelled twice`)
    seen.add(key)
    labels.push(label)
  }
  return labels
}

/** Read and parse the label file at `file`. */
export function readDuplicateLabels(file: string): DuplicateLabel[] {
  return parseDuplicateLabels(readFileSync(file, 'utf8'), duplicateLabelsFile)
}

function validLabel(value: unknown, where: string): DuplicateLabel {
  const fail = (why: string): never => {
    throw new DuplicateLabelError(`${where}: ${why}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected an object')
  const label = value as Record<string, unknown>
  const known = new Set(['path', 'other', 'rule', 'label', 'reason'])
  for (const key of Object.keys(label)) if (!known.has(key)) fail('unknown field `' + key + '`')
  for (const key of ['path', 'other']) {
    const path = label[key]
    if (typeof path !== 'string' || !/^docs\/[^\s]+$/.test(path) || path.includes('..')) fail('`' + key + '` must be a corpus-relative path under docs/')
  }
  if (label.path === label.other) fail('`path` and `other` must be two pages')
  if (label.rule !== duplicateRule) fail('`rule` must be `' + duplicateRule + '`')
  if (!(pairLabels as readonly unknown[]).includes(label.label)) fail('`label` must be ' + pairLabels.join(', '))
  if (typeof label.reason !== 'string' || label.reason.trim() === '') fail('`reason` must be a non-empty string')
  return label as unknown as DuplicateLabel
}

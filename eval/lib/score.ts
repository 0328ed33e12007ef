/**
 * Score the preset's messages on the corpora against the labelled sets:
 * per rule, precision and recall on the labels, false alarms on the
 * documentation (every message there that is not a labelled true error),
 * internal errors, and the examples a developer should look at first.
 */
import {isInternalError, type CorpusMessage} from './corpus-message.ts'
import {ruleIds, type Label, type RuleId} from './labels.ts'

/** A place to look at: a message, or a labelled error no message covers. */
export interface Example {
  path: string
  line: number
  column: number
  /** The message's reason, or the label's. */
  text: string
}

/** Labels of some kinds, or of one corpus, scored together as well as in the rule's whole figures. */
export interface LabelGroup {
  name: string
  /** The kinds of case in the group; every kind when absent. */
  kinds?: string[]
  /** The corpus (`spam` or `docs`) whose labels are in the group; both when absent. */
  corpus?: 'spam' | 'docs'
}

/** The groups each rule is scored by as well (a label may be in several). */
export const labelGroups: Partial<Record<RuleId, LabelGroup[]>> = {
  'no-duplicated-phrases': [
    {name: 'words and phrases', kinds: ['word', 'phrase']},
    {name: 'sentences and paragraphs', kinds: ['sentence', 'paragraph']}
  ],
  'title-heading-match': [{name: 'scraped pages', corpus: 'spam'}]
}

/** Precision and recall on the labels of one group. */
export interface GroupFigures {
  /** The group's name in `labelGroups`, as `thresholds.json` names it. */
  name: string
  /** Messages judged by an error label, and by an `ok` label, of the group. */
  truePositives: number
  falsePositives: number
  /** Sampled errors of the group covered by a true positive, and all of them. */
  found: number
  errors: number
  /** `truePositives / (truePositives + falsePositives)`, `found / errors`; `undefined` with nothing to divide. */
  precision: number | undefined
  recall: number | undefined
}

/** What `pnpm eval` measured of one rule. */
export interface RuleFigures {
  rule: RuleId
  /** Messages on the scraped pages and on the documentation. */
  spamMessages: number
  docsMessages: number
  /** Labels by value (all of them, sampled or not). */
  errors: number
  oks: number
  ambiguous: number
  /** Messages on a labelled error, on a labelled `ok`, on an ambiguous case. */
  truePositives: number
  falsePositives: number
  ambiguousHits: number
  /** Labelled errors of the sample: what recall is measured on. */
  sampledErrors: number
  /** Labelled errors of the sample covered by a message judged a true positive. */
  found: number
  /** Messages on the scraped pages, in files with labels of this rule, that no label covers. */
  unlabelled: number
  /** Messages on the documentation that are not on a labelled error. */
  docsFalseAlarms: number
  /** Documentation pages with at least one false alarm of this rule. */
  docsPagesWithFalseAlarms: number
  /** Messages on the documentation, not on a labelled error, whose fix a fix command would apply unseen. */
  docsUnsafeFixes: number
  /** The figures of each group of labels (`labelGroups`). */
  groups: GroupFigures[]
  internalErrors: number
  /** `truePositives / (truePositives + falsePositives)`; `undefined` without labelled hits. */
  precision: number | undefined
  /** `found / sampledErrors`; `undefined` without labelled errors in the sample. */
  recall: number | undefined
  /** Docs false alarms per 1,000 documentation pages. */
  docsFalseAlarmsPer1000: number
  worst: {falsePositives: Example[]; docsFalseAlarms: Example[]; misses: Example[]; unlabelled: Example[]}
}

/** Everything `pnpm eval` measured on the corpora. */
export interface CorpusFigures {
  spamPages: number
  docsPages: number
  /** Documentation pages with a false alarm of any rule. */
  docsPagesWithFalseAlarms: number
  /** Internal errors outside the measured rules: the engine, or a guard such as the nesting limit, failing a file. */
  engineErrors: number
  rules: RuleFigures[]
}

/** How many examples of each sort are kept. */
const examplesKept = 8

/** Whether `path` is a documentation page (every message there counts unless it is a labelled error). */
export function isDocs(path: string): boolean {
  return path.startsWith('docs/')
}

/**
 * Whether message `message` covers the case `label` marks: the label's line
 * lies in the message's lines, and, where the label has a column, on the
 * message's first and last lines the column lies inside the message (one
 * column of slack before it: a repeat's message takes the space before it;
 * end columns are exclusive).
 */
export function covers(message: CorpusMessage, label: Label): boolean {
  const endLine = Math.max(message.line, message.endLine)
  if (label.line < message.line || label.line > endLine) return false
  if (label.column === undefined) return true
  if (label.line === message.line && label.column < message.column - 1) return false
  // End columns are exclusive: the message ends before `endColumn` (a point message marks one column).
  if (label.line === endLine && label.column >= Math.max(message.endColumn, message.column + 1)) return false
  return true
}

const preference = {error: 0, ambiguous: 1, ok: 2}

/**
 * The label a message is judged by, of those it covers: one that starts where
 * the message starts first, then an error before an ambiguous case before an
 * `ok` (a unit that holds a real ad is a true finding).
 */
export function labelFor(message: CorpusMessage, labels: Label[]): Label | undefined {
  let best: Label | undefined
  let bestRank = Infinity
  for (const label of labels) {
    if (!covers(message, label)) continue
    const startsHere = label.line === message.line && (label.column === undefined || Math.abs(label.column - message.column) <= 1)
    const rank = (startsHere ? 0 : 3) + preference[label.label]
    if (rank < bestRank) {
      best = label
      bestRank = rank
    }
  }
  return best
}

/**
 * Score `messages` (of every file linted: `spamPages` scraped and
 * `docsPages` documentation pages) against `labels`.
 */
export function scoreCorpus(messages: CorpusMessage[], labels: Label[], spamPages: number, docsPages: number): CorpusFigures {
  const measured = new Set<string | undefined>(ruleIds)
  const pagesWithFalseAlarms = new Set<string>()
  const rules = ruleIds.map((rule) => {
    const figures = scoreRule(
      rule,
      messages.filter((message) => message.ruleId === rule),
      labels.filter((label) => label.rule === rule),
      docsPages
    )
    for (const example of figures.docsFalseAlarmPages) pagesWithFalseAlarms.add(example)
    return figures.figures
  })
  return {
    spamPages,
    docsPages,
    docsPagesWithFalseAlarms: pagesWithFalseAlarms.size,
    engineErrors: messages.filter((message) => !measured.has(message.ruleId) && isInternalError(message)).length,
    rules
  }
}

function scoreRule(
  rule: RuleId,
  messages: CorpusMessage[],
  labels: Label[],
  docsPages: number
): {figures: RuleFigures; docsFalseAlarmPages: Set<string>} {
  const byPath = byFile(labels)
  const figures: RuleFigures = {
    rule,
    spamMessages: 0,
    docsMessages: 0,
    errors: labels.filter((label) => label.label === 'error').length,
    sampledErrors: labels.filter((label) => label.label === 'error' && label.sampled !== false).length,
    oks: labels.filter((label) => label.label === 'ok').length,
    ambiguous: labels.filter((label) => label.label === 'ambiguous').length,
    truePositives: 0,
    falsePositives: 0,
    ambiguousHits: 0,
    found: 0,
    unlabelled: 0,
    docsFalseAlarms: 0,
    docsPagesWithFalseAlarms: 0,
    docsUnsafeFixes: 0,
    groups: [],
    internalErrors: 0,
    precision: undefined,
    recall: undefined,
    docsFalseAlarmsPer1000: 0,
    worst: {falsePositives: [], docsFalseAlarms: [], misses: [], unlabelled: []}
  }
  const docsFalseAlarmPages = new Set<string>()
  // Messages judged by an error label: only they find errors (a unit judged a false positive finds none).
  const truePositives: CorpusMessage[] = []
  const groups = (labelGroups[rule] ?? []).map((group) => ({
    group,
    figures: {name: group.name, truePositives: 0, falsePositives: 0, found: 0, errors: 0, precision: undefined, recall: undefined} as GroupFigures
  }))
  const groupsOf = (label: Label): GroupFigures[] =>
    groups
      .filter(({group}) => (!group.kinds || group.kinds.includes(label.kind)) && (!group.corpus || label.path.startsWith(group.corpus + '/')))
      .map(({figures: group}) => group)
  const keep = (list: Example[], example: Example): void => {
    if (list.length < examplesKept) list.push(example)
  }

  for (const message of messages) {
    if (isInternalError(message)) {
      figures.internalErrors++
      continue
    }
    const docs = isDocs(message.path)
    const inFile = byPath.get(message.path)
    if (message.overflow !== undefined) {
      countOverflow(figures, message.overflow, docs, Boolean(inFile))
      if (docs) docsFalseAlarmPages.add(message.path)
      continue
    }
    if (docs) figures.docsMessages++
    else figures.spamMessages++
    const label = inFile && labelFor(message, inFile)
    const example = {path: message.path, line: message.line, column: message.column, text: message.reason}
    if (label?.label === 'error') {
      figures.truePositives++
      truePositives.push(message)
      for (const group of groupsOf(label)) group.truePositives++
    } else if (label?.label === 'ok') {
      figures.falsePositives++
      for (const group of groupsOf(label)) group.falsePositives++
      keep(figures.worst.falsePositives, example)
    } else if (label?.label === 'ambiguous') figures.ambiguousHits++
    else if (!docs && inFile) {
      figures.unlabelled++
      keep(figures.worst.unlabelled, example)
    }
    if (docs && label?.label !== 'error') {
      figures.docsFalseAlarms++
      docsFalseAlarmPages.add(message.path)
      if (label?.label !== 'ok') keep(figures.worst.docsFalseAlarms, example)
      if (message.expected?.length && !message.suggestion) figures.docsUnsafeFixes++
    }
  }

  const truePositivesByPath = byFile(truePositives)
  for (const label of labels) {
    if (label.label !== 'error' || label.sampled === false) continue
    const labelGroupsHere = groupsOf(label)
    for (const group of labelGroupsHere) group.errors++
    if ((truePositivesByPath.get(label.path) ?? []).some((message) => covers(message, label))) {
      figures.found++
      for (const group of labelGroupsHere) group.found++
    } else keep(figures.worst.misses, {path: label.path, line: label.line, column: label.column ?? 1, text: label.kind + ': ' + label.reason})
  }

  const judged = figures.truePositives + figures.falsePositives
  figures.precision = judged === 0 ? undefined : figures.truePositives / judged
  figures.recall = figures.sampledErrors === 0 ? undefined : figures.found / figures.sampledErrors
  for (const {figures: group} of groups) {
    const judgedHere = group.truePositives + group.falsePositives
    group.precision = judgedHere === 0 ? undefined : group.truePositives / judgedHere
    group.recall = group.errors === 0 ? undefined : group.found / group.errors
    figures.groups.push(group)
  }
  figures.docsPagesWithFalseAlarms = docsFalseAlarmPages.size
  figures.docsFalseAlarmsPer1000 = docsPages === 0 ? 0 : (figures.docsFalseAlarms / docsPages) * 1000
  return {figures, docsFalseAlarmPages}
}

/** Count `count` messages that were not sent whole: on no label, so false alarms on docs, unlabelled on spam. */
function countOverflow(figures: RuleFigures, count: number, docs: boolean, labelledFile: boolean): void {
  if (docs) {
    figures.docsMessages += count
    figures.docsFalseAlarms += count
  } else {
    figures.spamMessages += count
    if (labelledFile) figures.unlabelled += count
  }
}

/** Group messages or labels by their file. */
export function byFile<Item extends {path: string}>(items: Item[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const group = groups.get(item.path)
    if (group) group.push(item)
    else groups.set(item.path, [item])
  }
  return groups
}

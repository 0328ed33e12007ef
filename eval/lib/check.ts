/**
 * The CI gate: compare what a run measured with the limits the project has
 * reached (`eval/thresholds.json`: raised as the rules improve, never lowered
 * to let a change pass).
 */
import type {DuplicateFigures} from './score-duplicates.ts'
import type {GarblingScore} from './score-mojibake-set.ts'
import type {CorpusFigures} from './score.ts'
import {ruleIds} from './labels.ts'
import {ratio} from './report.ts'

/** The limits one rule must stay within. */
export interface RuleLimits {
  minPrecision: number
  minRecall: number
  maxDocsFalseAlarmsPer1000: number
  /** Most messages on the documentation, not on a labelled error, with a fix applied unseen. */
  maxDocsUnsafeFixes: number
  maxInternalErrors: number
  /** Limits for groups of labels (`labelGroups`), by group name. */
  groups?: Record<string, {minPrecision: number; minRecall: number}>
}

/** The whole thresholds file. */
export interface Thresholds {
  rules: Record<string, RuleLimits>
  /**
   * Shares of the generated mojibake spans `no-mojibake` must find and
   * repair, and its most false hits; the same shares per garbling; and
   * whether each garbling must be found, repaired and kept free of false
   * hits at least as well as `ftfy-js` does.
   */
  mojibakeSet: {
    minFound: number
    minRepaired: number
    maxFalseHits: number
    garblings?: Record<string, {minFound: number; minRepaired: number}>
    notBelowFtfy?: boolean
  }
  /**
   * The near-duplicate search: its least precision and recall over pairs
   * without a documentation page (scraped and generated pages, against the
   * exact join), and its most documentation pairs labelled `boilerplate`
   * (false alarms) and left unlabelled.
   */
  duplicates?: DuplicateLimits
  maxEngineErrors: number
}

/** The limits of the near-duplicate search. */
export interface DuplicateLimits {
  minPrecision: number
  minRecall: number
  maxDocsBoilerplatePairs: number
  maxUnlabelledDocsPairs: number
}

/** Check `thresholds` for shape: every rule present, every limit a number. */
export function validThresholds(value: unknown): Thresholds {
  const thresholds = value as Thresholds
  const numbers = (object: object | undefined, keys: string[], where: string): void => {
    for (const key of keys) {
      if (typeof (object as Record<string, unknown> | undefined)?.[key] !== 'number') {
        throw new Error(`\`${where}.${key}\` must be a number`)
      }
    }
  }
  for (const rule of ruleIds) {
    numbers(
      thresholds?.rules?.[rule],
      ['minPrecision', 'minRecall', 'maxDocsFalseAlarmsPer1000', 'maxDocsUnsafeFixes', 'maxInternalErrors'],
      'rules.' + rule
    )
    for (const [name, limits] of Object.entries(thresholds.rules[rule]!.groups ?? {})) {
      numbers(limits, ['minPrecision', 'minRecall'], `rules.${rule}.groups.${name}`)
    }
  }
  numbers(thresholds?.mojibakeSet, ['minFound', 'minRepaired', 'maxFalseHits'], 'mojibakeSet')
  for (const [name, limits] of Object.entries(thresholds.mojibakeSet.garblings ?? {})) {
    numbers(limits, ['minFound', 'minRepaired'], `mojibakeSet.garblings.${name}`)
  }
  const notBelowFtfy = thresholds.mojibakeSet.notBelowFtfy
  if (notBelowFtfy !== undefined && typeof notBelowFtfy !== 'boolean') throw new Error('`mojibakeSet.notBelowFtfy` must be a boolean')
  if (thresholds.duplicates !== undefined) {
    numbers(thresholds.duplicates, ['minPrecision', 'minRecall', 'maxDocsBoilerplatePairs', 'maxUnlabelledDocsPairs'], 'duplicates')
  }
  numbers(thresholds, ['maxEngineErrors'], '')
  return thresholds
}

/**
 * The limits a run passes, one line each (empty when it holds them all).
 * Shares are compared as printed (three decimals), so a limit copied from
 * the table holds exactly. A share with nothing to measure holds: precision
 * without a judged hit has no false positive, recall without a labelled
 * error has nothing to miss. With `duplicates` figures, `thresholds` must
 * have their limits.
 */
export function failures(corpus: CorpusFigures, mojibake: GarblingScore[], thresholds: Thresholds, duplicates?: DuplicateFigures): string[] {
  const failed: string[] = []
  const atLeast = (name: string, value: number | undefined, limit: number): void => {
    if (value !== undefined && !Number.isNaN(value) && Number(ratio(value)) < limit) failed.push(`${name} is ${ratio(value)}, below ${limit}`)
  }
  const atMost = (name: string, value: number, limit: number, shown = String(value)): void => {
    if (Number(shown) > limit) failed.push(`${name} is ${shown}, above ${limit}`)
  }
  for (const rule of corpus.rules) {
    const limits = thresholds.rules[rule.rule]!
    atLeast(rule.rule + ' precision', rule.precision, limits.minPrecision)
    atLeast(rule.rule + ' recall', rule.recall, limits.minRecall)
    atMost(
      rule.rule + ' docs false alarms per 1,000 pages',
      rule.docsFalseAlarmsPer1000,
      limits.maxDocsFalseAlarmsPer1000,
      rule.docsFalseAlarmsPer1000.toFixed(1)
    )
    atMost(rule.rule + ' docs fixes not on a labelled error', rule.docsUnsafeFixes, limits.maxDocsUnsafeFixes)
    atMost(rule.rule + ' internal errors', rule.internalErrors, limits.maxInternalErrors)
    for (const [name, groupLimits] of Object.entries(limits.groups ?? {})) {
      const group = rule.groups.find((candidate) => candidate.name === name)
      if (!group) {
        failed.push(`${rule.rule} has no group \`${name}\``)
        continue
      }
      atLeast(`${rule.rule} ${name} precision`, group.precision, groupLimits.minPrecision)
      atLeast(`${rule.rule} ${name} recall`, group.recall, groupLimits.minRecall)
    }
  }
  const all = mojibake.find((row) => row.garbling === 'all')!.rule
  if (all.injected === 0) failed.push('the generated mojibake set is empty: no documentation page had non-ASCII prose')
  atLeast('generated mojibake found', all.found / all.injected, thresholds.mojibakeSet.minFound)
  atLeast('generated mojibake repaired', all.repaired / all.injected, thresholds.mojibakeSet.minRepaired)
  atMost('generated mojibake false hits', all.falseHits, thresholds.mojibakeSet.maxFalseHits)
  for (const [name, limits] of Object.entries(thresholds.mojibakeSet.garblings ?? {})) {
    const row = mojibake.find((item) => item.garbling === name)
    if (!row) {
      failed.push(`the generated mojibake set has no garbling \`${name}\``)
      continue
    }
    atLeast(`generated mojibake found (${name})`, row.rule.found / row.rule.injected, limits.minFound)
    atLeast(`generated mojibake repaired (${name})`, row.rule.repaired / row.rule.injected, limits.minRepaired)
  }
  if (thresholds.mojibakeSet.notBelowFtfy) {
    for (const {garbling, rule, ftfy} of mojibake) {
      if (rule.found < ftfy.found) failed.push(`generated mojibake found (${garbling}): ${rule.found}, fewer than ftfy-js's ${ftfy.found}`)
      if (rule.repaired < ftfy.repaired) failed.push(`generated mojibake repaired (${garbling}): ${rule.repaired}, fewer than ftfy-js's ${ftfy.repaired}`)
      if (rule.falseHits > ftfy.falseHits) failed.push(`generated mojibake false hits (${garbling}): ${rule.falseHits}, more than ftfy-js's ${ftfy.falseHits}`)
    }
  }
  if (duplicates) failed.push(...duplicateFailures(duplicates, thresholds.duplicates))
  atMost('internal errors outside the rules', corpus.engineErrors, thresholds.maxEngineErrors)
  return failed
}

/**
 * The near-duplicate limits a run passes, one line each: precision and
 * recall compared as printed, the pairs of documentation labelled
 * `boilerplate` and the ones without a label counted; missing limits fail.
 */
export function duplicateFailures(figures: DuplicateFigures, limits: DuplicateLimits | undefined): string[] {
  if (!limits) return ['eval/thresholds.json has no `duplicates` limits']
  const failed: string[] = []
  if (figures.truthPairs === 0) failed.push('the near-duplicate truth is empty: no scraped or generated pages alike')
  if (figures.samples && !figures.samples.reported) failed.push('the two sample articles are not reported as near-duplicates of each other')
  for (const [name, value, limit] of [
    ['precision', figures.precision, limits.minPrecision],
    ['recall', figures.recall, limits.minRecall]
  ] as const) {
    if (value !== undefined && Number(ratio(value)) < limit) failed.push(`near-duplicate pairs ${name} is ${ratio(value)}, below ${limit}`)
  }
  const boilerplate = figures.docs.boilerplate.length
  if (boilerplate > limits.maxDocsBoilerplatePairs) {
    failed.push(`near-duplicate docs pairs labelled boilerplate is ${boilerplate}, above ${limits.maxDocsBoilerplatePairs}`)
  }
  const unlabelled = figures.docs.unlabelled.length
  if (unlabelled > limits.maxUnlabelledDocsPairs) {
    failed.push(`near-duplicate docs pairs without a label is ${unlabelled}, above ${limits.maxUnlabelledDocsPairs}: label them in eval/labels/duplicates-docs.jsonl`)
  }
  return failed
}

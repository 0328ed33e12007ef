import type {Finding} from './finding.js'
import type {OptionsSpec} from './options.js'

/** The options every rule takes for its report, beside its own. */
export interface ReportOptions {
  /**
   * The most messages the rule reports on one file, in document order; past
   * it, one more message says how many were left out. Keeps every reporter
   * working and memory bounded on a file with thousands of findings.
   */
  maxMessages: number
}

/** How `ReportOptions` are checked. */
export const reportOptionsSpec: OptionsSpec<ReportOptions> = {
  maxMessages: {type: 'integer', minimum: 1, maximum: 1_000_000_000}
}

/** Defaults: 200 messages a rule a file. */
export const defaultReportOptions: ReportOptions = {maxMessages: 200}

/** The `maxMessages` of a rule's options, or the default. */
export function maxMessagesOf(options: object): number {
  return (options as Partial<ReportOptions>).maxMessages ?? defaultReportOptions.maxMessages
}

/**
 * The findings of rule `id` as reported: the first `maxMessages` in
 * document order and, when there are more, one that counts the rest, at the
 * first of them, with no fix.
 */
export function capFindings(findings: Finding[], id: string, maxMessages: number): Finding[] {
  if (findings.length <= maxMessages) return findings
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept = ordered.slice(0, maxMessages)
  const next = ordered[maxMessages]!
  const more = ordered.length - maxMessages
  kept.push({
    start: next.start,
    end: next.end,
    message:
      'Unexpected ' + more.toLocaleString('en-US') + ' more ' + (more === 1 ? 'message' : 'messages') + ' from `' + id +
      '` in this file, expected at most ' + maxMessages.toLocaleString('en-US') + ' (option `maxMessages`)'
  })
  return kept
}

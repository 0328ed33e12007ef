/**
 * Render what `pnpm eval` measured: `eval/RESULTS.md` (figures and the
 * places to look at, by path and line only: the corpora's text is never
 * copied into the project) and the console report (with messages).
 */
import {sampleEvery} from './duplicates-set.ts'
import type {DuplicateFigures, PathPair, SampleFigures} from './score-duplicates.ts'
import type {GarblingScore} from './score-mojibake-set.ts'
import type {RetextComparison} from './retext-comparison.ts'
import type {CorpusFigures, Example, RuleFigures} from './score.ts'

/** A share as the reports print it: three decimals, `–` when undefined. */
export function ratio(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(3)
}

function per1000(value: number): string {
  return value.toFixed(1)
}

/** A markdown table of `header` and `rows` (cells as printed). */
function table(header: string[], rows: Array<Array<string | number>>): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => '| ' + cells.join(' | ') + ' |').join('\n')
}

/** The per-rule table, in markdown. */
export function ruleTable(corpus: CorpusFigures): string {
  const rows = corpus.rules.map((rule) => [
      '`' + rule.rule + '`',
      ratio(rule.precision),
      ratio(rule.recall),
      `${rule.truePositives} / ${rule.falsePositives}`,
      `${rule.found} / ${rule.sampledErrors}`,
      `${rule.errors} / ${rule.oks} / ${rule.ambiguous}`,
      String(rule.unlabelled),
      per1000(rule.docsFalseAlarmsPer1000),
      String(rule.docsPagesWithFalseAlarms),
      String(rule.docsUnsafeFixes),
      String(rule.internalErrors)
  ])
  return table(
    [
      'rule',
      'precision',
      'recall',
      'hits on error / ok',
      'errors found / in the sample',
      'labels error / ok / ambiguous',
      'unlabelled hits in labelled spam files',
      'docs false alarms per 1,000 pages',
      'docs pages with a false alarm',
      'docs fixes not on a labelled error',
      'internal errors'
    ],
    rows
  )
}

/** Precision and recall by group of labels (kinds of case, one corpus), for the rules that have groups, in markdown. */
export function groupTable(corpus: CorpusFigures): string {
  const rows = corpus.rules.flatMap((rule) =>
    rule.groups.map((group) => [
      '`' + rule.rule + '`',
      group.name,
      ratio(group.precision),
      ratio(group.recall),
      `${group.truePositives} / ${group.falsePositives}`,
      `${group.found} / ${group.errors}`
    ])
  )
  return table(['rule', 'labels', 'precision', 'recall', 'hits on error / ok', 'errors found / in the sample'], rows)
}

/**
 * `no-duplicated-phrases` beside `retext-repeated-words` on the same labelled
 * pages, in markdown: the table the rule's README quotes.
 */
export function retextTable(comparison: RetextComparison): string {
  const row = (tool: string, figures: RuleFigures, unjudged: number): string[] => {
    const group = (name: string): string => {
      const found = figures.groups.find((candidate) => candidate.name === name)
      return `${ratio(found?.precision)} / ${ratio(found?.recall)}`
    }
    return [
      tool,
      ratio(figures.precision),
      ratio(figures.recall),
      group('words and phrases'),
      group('sentences and paragraphs'),
      `${figures.truePositives} / ${figures.falsePositives}`,
      String(unjudged)
    ]
  }
  return table(
    [
      'tool',
      'precision',
      'recall',
      'words and phrases: precision / recall',
      'sentences and paragraphs: precision / recall',
      'hits on error / ok',
      'hits no label covers'
    ],
    [row('`no-duplicated-phrases`', comparison.rule, comparison.ruleUnjudged), row('`retext-repeated-words`', comparison.retext, comparison.retextUnjudged)]
  )
}

/** The generated mojibake table, in markdown. */
export function mojibakeTable(rows: GarblingScore[]): string {
  const share = (part: number, whole: number): string => (whole === 0 ? '–' : ratio(part / whole))
  return table(
    ['garbling', 'pages', 'spans', '`no-mojibake` found', 'repaired exactly', 'false hits', '`ftfy-js` found', 'repaired exactly', 'false hits'],
    rows.map(({garbling, documents, rule, ftfy}) => [
      garbling === 'all' ? '**all**' : garbling,
      documents,
      rule.injected,
      share(rule.found, rule.injected),
      share(rule.repaired, rule.injected),
      rule.falseHits,
      share(ftfy.found, ftfy.injected),
      share(ftfy.repaired, ftfy.injected),
      ftfy.falseHits
    ])
  )
}

/** The near-duplicate search against the exact join, in markdown. */
export function duplicatesTable(figures: DuplicateFigures): string {
  return table(
    ['pages', 'compared (long enough)', 'pairs in the truth', 'pairs reported', 'reported and in the truth', 'precision', 'recall'],
    [
      [
        `${figures.pages.spam} scraped + ${figures.pages.generated} generated`,
        figures.pages.compared,
        figures.truthPairs,
        figures.foundPairs,
        figures.truePairs,
        ratio(figures.precision),
        ratio(figures.recall)
      ]
    ]
  )
}

/** The generated variants, per kind, in markdown. */
export function duplicateKindTable(figures: DuplicateFigures): string {
  const share = (part: number, whole: number): string => (whole === 0 ? '–' : ratio(part / whole))
  return table(
    ['variant', 'made', `similarity to its source ≥ ${figures.options.threshold}`, 'pair with its source reported', 'reported of those alike', 'median similarity'],
    figures.kinds.map((kind) => [
      kind.kind,
      kind.variants,
      share(kind.aboveThreshold, kind.variants),
      share(kind.found, kind.variants),
      share(kind.found, kind.aboveThreshold),
      ratio(kind.medianJaccard)
    ])
  )
}

/** The pairs reported among documentation pages, by label, in markdown. */
export function duplicateDocsTable(figures: DuplicateFigures): string {
  const {docs} = figures
  return table(
    ['pages', 'pairs in the truth', 'pairs reported', 'pages in them', 'copy', 'template', 'ambiguous', 'boilerplate (false alarms)', 'unlabelled'],
    [
      [
        figures.pages.docs,
        docs.truthPairs,
        docs.pairs,
        docs.pages,
        docs.byLabel.copy,
        docs.byLabel.template,
        docs.byLabel.ambiguous,
        docs.byLabel.boilerplate,
        docs.unlabelled.length
      ]
    ]
  )
}

/** The near-duplicate section: the tables and, by path only, the pairs to look at. */
function duplicateSection(figures: DuplicateFigures): string[] {
  const {threshold, shingleSize, minimumWords} = figures.options
  const lists: Array<[PathPair[], string]> = [
    [figures.falseFinds, 'reported, not in the truth'],
    [figures.misses, 'in the truth, not reported'],
    [figures.docs.boilerplate, 'documentation pairs labelled boilerplate (false alarms)'],
    [figures.docs.unlabelled, 'documentation pairs without a label: label them']
  ]
  const pairs = lists.flatMap(([list, title]) =>
    list.length === 0 ? [] : [`* ${title}:`, ...list.map((pair) => `  * \`${pair.path}\` and \`${pair.other}\` (${ratio(pair.jaccard)})`)]
  )
  return [
    '## Near-duplicate pages: `content-quality-duplicates` against the exact join',
    '',
    `Default options: similarity ${threshold} or more of ${shingleSize}-token shingles, pages of ${minimumWords} tokens or more.`,
    'Pairs of scraped and generated pages, scored against every pair the exact join finds over the same shingle sets',
    `(unreadable pages: ${figures.pages.unread}; highest similarity missed: ${ratio(figures.highestMissed)}).`,
    '',
    duplicatesTable(figures),
    '',
    ...(figures.samples ? [samplesLine(figures.samples), ''] : []),
    `### Generated variants of every ${sampleEvery}th scraped page`,
    '',
    duplicateKindTable(figures),
    '',
    '### Documentation pairs, by label',
    '',
    duplicateDocsTable(figures),
    '',
    ...(pairs.length === 0 ? [] : [...pairs, ''])
  ]
}

const exampleSorts: Array<[keyof RuleFigures['worst'], string]> = [
  ['falsePositives', 'reported where the label says ok'],
  ['docsFalseAlarms', 'reported on documentation, unlabelled'],
  ['misses', 'labelled errors not reported'],
  ['unlabelled', 'reported in labelled spam files, no label: label them']
]

function examples(rule: RuleFigures, withText: boolean): string[] {
  const lines: string[] = []
  for (const [sort, title] of exampleSorts) {
    const list: Example[] = rule.worst[sort]
    if (list.length === 0) continue
    lines.push(`* ${title}:`)
    for (const example of list) {
      const place = `${example.path}:${example.line}:${example.column}`
      lines.push(withText ? `  * \`${place}\` ${example.text}` : `  * \`${place}\``)
    }
  }
  return lines
}

/** The header and the tables, the part both reports share. */
function figures(corpus: CorpusFigures, mojibake: GarblingScore[], retext: RetextComparison, duplicates: DuplicateFigures): string[] {
  const oneIn = corpus.docsPagesWithFalseAlarms === 0 ? 'none' : `1 in ${(corpus.docsPages / corpus.docsPagesWithFalseAlarms).toFixed(1)}`
  return [
    '# Evaluation results',
    '',
    'Written by `pnpm eval` on `../shared/corpora`; `pnpm eval --check` fails when',
    'a fresh run measures anything else, or when a figure passes a limit in',
    '[`thresholds.json`](thresholds.json). How the figures are made:',
    '[`README.md`](README.md).',
    '',
    `Linted: ${corpus.spamPages} scraped pages and ${corpus.docsPages} documentation pages.`,
    `Documentation pages with a false alarm of any rule: ${corpus.docsPagesWithFalseAlarms} (${oneIn}).`,
    `Internal errors outside the rules: ${corpus.engineErrors}.`,
    '',
    '## Per rule',
    '',
    ruleTable(corpus),
    '',
    '## By group of labels',
    '',
    groupTable(corpus),
    '',
    '## `no-duplicated-phrases` beside `retext-repeated-words`',
    '',
    `Both tools on the ${retext.pages} pages with labels of \`no-duplicated-phrases\`, scored against the same labels.`,
    '',
    retextTable(retext),
    '',
    '## Generated mojibake: `no-mojibake` and `ftfy-js` on the same text',
    '',
    mojibakeTable(mojibake),
    '',
    ...duplicateSection(duplicates)
  ]
}

/** Everything measured, as `eval/RESULTS.md`: no timings, so a fresh run reproduces it exactly. */
export function resultsMarkdown(corpus: CorpusFigures, mojibake: GarblingScore[], retext: RetextComparison, duplicates: DuplicateFigures): string {
  return [
    ...figures(corpus, mojibake, retext, duplicates),
    '## Where to look first',
    '',
    'Places only (path:line:column); `pnpm eval` prints the messages.',
    '',
    ...corpus.rules.flatMap((rule) => {
      const lines = examples(rule, false)
      return lines.length === 0 ? [] : ['### `' + rule.rule + '`', '', ...lines, '']
    })
  ].join('\n')
}

/** The console report: the tables, then the places to look at with their messages. */
export function consoleReport(corpus: CorpusFigures, mojibake: GarblingScore[], retext: RetextComparison, duplicates: DuplicateFigures): string {
  return [
    ...figures(corpus, mojibake, retext, duplicates),
    '## Where to look first',
    '',
    ...corpus.rules.flatMap((rule) => {
      const lines = examples(rule, true)
      return lines.length === 0 ? [] : [rule.rule, ...lines, '']
    })
  ].join('\n')
}

/** What the search says of the sample articles. */
function samplesLine(samples: SampleFigures): string {
  const names = samples.names.map((name) => '`' + name + '`').join(' and ')
  return `The sample articles of \`../shared/samples\` (${names}): similarity ${ratio(samples.jaccard)}, ${samples.reported ? 'reported' : '**not reported**'} as near-duplicates.`
}

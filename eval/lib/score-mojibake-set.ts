/**
 * Score `no-mojibake` (through the preset) and `ftfy-js` side by side on the
 * generated mojibake set, per garbling: spans found, spans repaired exactly,
 * and false hits (a rule message where nothing was injected; a line ftfy
 * changed outside the injected spans).
 */
import {fix_text} from 'ftfy-js'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkPresetLintContentQuality from '../../packages/remark-preset-lint-content-quality/dist/index.js'
import {emptyScore, reportedRanges, scoreFixedText, scoreRanges, type Score} from '../../bench/mojibake-score.ts'
import {ftfyEncodingOnly} from '../../bench/subjects.ts'
import {garblings, type MojibakeDocument} from './mojibake-set.ts'

/** The two detectors' scores for one garbling. */
export interface GarblingScore {
  garbling: string
  documents: number
  rule: Score
  ftfy: Score
}

const processor = remark().use(remarkPresetLintContentQuality).freeze()

/** Score the set, one row per garbling in `garblings` order, then a total. */
export async function scoreMojibakeSet(set: MojibakeDocument[]): Promise<GarblingScore[]> {
  const rows = new Map(garblings.map(({name}) => [name, {garbling: name, documents: 0, rule: emptyScore(), ftfy: emptyScore()}]))
  for (const document of set) {
    const row = rows.get(document.garbling)!
    row.documents++
    const file = new VFile({path: document.path, value: document.text})
    await processor.run(processor.parse(file), file)
    scoreRanges(row.rule, document.text, document.spans, reportedRanges(file.messages, (message) => message.ruleId === 'no-mojibake'))
    scoreFixedText(row.ftfy, document.text, document.spans, fix_text(document.text, ftfyEncodingOnly))
  }
  const total = {garbling: 'all', documents: 0, rule: emptyScore(), ftfy: emptyScore()}
  for (const row of rows.values()) {
    total.documents += row.documents
    for (const key of ['rule', 'ftfy'] as const) {
      for (const field of Object.keys(total[key]) as Array<keyof Score>) total[key][field] += row[key][field]
    }
  }
  return [...rows.values(), total]
}

/**
 * Property-based tests of the whole preset (every rule it turns on) on random
 * and randomly edited markdown: no rule fails, every message lies inside the
 * document, and applying the offered fixes settles after one round.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {applyFixes} from './lint.ts'
import {markdownDocument, mutatedMarkdownDocument} from './markdown-arbitrary.ts'
import {assertSane, lintWithPreset, type PresetResult} from './preset.ts'

const numRuns = Number(process.env.PROPERTY_RUNS ?? 100)

/** Apply the fixes of a lint result to its source. */
function fixed({source, messages}: PresetResult): string {
  return applyFixes(
    source,
    messages.flatMap(({start, end, expected}) => (start === undefined || end === undefined ? [] : [{start, end, expected}]))
  )
}

for (const [name, documents] of [
  ['generated markdown', markdownDocument],
  ['randomly edited markdown', mutatedMarkdownDocument],
  ['random text', fc.string({unit: 'binary', maxLength: 400})]
] as const) {
  describe('preset on ' + name, () => {
    it('never fails, and places every message inside the document', async () => {
      await fc.assert(
        fc.asyncProperty(documents, async (document) => {
          assertSane(await lintWithPreset(document))
          assertSane(await lintWithPreset(document, false))
        }),
        {numRuns, includeErrorInReport: true}
      )
    })

    it('applies its fixes so that a second round changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(documents, async (document) => {
          const once = fixed(await lintWithPreset(document))
          const again = await lintWithPreset(once)
          const twice = fixed(again)
          const rules = [...new Set(again.messages.filter((message) => message.expected).map((message) => message.ruleId))]
          assert.equal(twice, again.source, 'fixes still offered after one round by: ' + rules.join(', '))
        }),
        {numRuns, includeErrorInReport: true}
      )
    })
  })
}

/**
 * Property-based tests of the whole preset (every rule it turns on) on random
 * and randomly edited markdown: no rule fails, every message lies inside the
 * document, each rule's own fixes settle after one round, and all fixes
 * together settle after a few (fixing one defect can reveal another: a
 * repaired `Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¿Ñ€Ð¸Ð²ÐµÑ‚` is a repeated word). Suggestions are
 * applied too, which `content-quality-fix` leaves: they must settle as well.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {applyFixes} from './lint.ts'
import {markdownDocument, mutatedMarkdownDocument} from './markdown-arbitrary.ts'
import {propertyParameters} from './property-parameters.ts'
import {assertSane, lintWithPreset, type PresetResult} from './preset.ts'

/** What every property runs with (see `propertyParameters`). */
const parameters = propertyParameters()

/**
 * Apply the fixes of a lint result to its source, only those of `ruleId` when
 * given, keeping a byte-order mark as `content-quality-fix` does.
 */
function fixed({source, bom, messages}: PresetResult, ruleId?: string): string {
  return bom + applyFixes(
    source,
    messages.flatMap(({start, end, expected, ...message}) =>
      start === undefined || end === undefined || (ruleId && message.ruleId !== ruleId) ? [] : [{start, end, expected}]
    )
  )
}

/** Rules with a fix that would change `result`'s source. */
function rulesWithFixes(result: PresetResult): string[] {
  const ids = new Set(result.messages.filter((message) => message.expected).map((message) => message.ruleId ?? ''))
  return [...ids].filter((id) => fixed(result, id) !== result.bom + result.source)
}

/** Rounds the fix command may take before the text must be stable. */
const maximumRounds = 4

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
        parameters
      )
    })

    it("settles each rule's own fixes in one round", async () => {
      await fc.assert(
        fc.asyncProperty(documents, async (document) => {
          const first = await lintWithPreset(document)
          for (const ruleId of rulesWithFixes(first)) {
            const again = await lintWithPreset(fixed(first, ruleId))
            assert.ok(!rulesWithFixes(again).includes(ruleId), ruleId + ' still offers fixes after its own round')
          }
        }),
        parameters
      )
    })

    it('settles all fixes together within ' + maximumRounds + ' rounds', async () => {
      await fc.assert(
        fc.asyncProperty(documents, async (document) => {
          let result = await lintWithPreset(document)
          for (let round = 0; round < maximumRounds && rulesWithFixes(result).length > 0; round++) {
            result = await lintWithPreset(fixed(result))
          }
          assert.deepEqual(rulesWithFixes(result), [], 'fixes still offered after ' + maximumRounds + ' rounds')
        }),
        parameters
      )
    })
  })
}

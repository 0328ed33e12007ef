import assert from 'node:assert/strict'
import path from 'node:path'
import {after, describe, it} from 'node:test'
import {remark} from 'remark'
import remarkLintNoDuplicateDocument from 'remark-lint-no-duplicate-document'
import {VFile} from 'vfile'
import {makeSite, page, paragraphs, removeSites} from '../../remark-lint-no-duplicate-document/test/site.ts'
import remarkPresetLintContentQuality from '../lib/index.ts'

after(removeSites)

/** `ruleId reason` of each message on the copy of an indexed page, linted with `processor`. */
async function messagesOnCopy(configure: (processor: ReturnType<typeof remark>) => {process: (file: VFile) => Promise<unknown>}): Promise<string[]> {
  const site = makeSite()
  site.write('posts/kettle.md', page('Caring for a copper kettle', paragraphs.kettle, '2021-03-04'))
  site.index(['posts/kettle.md'])
  const file = new VFile({cwd: site.folder, path: path.join('posts', 'copy.md'), value: page('Ten secrets of kettle maintenance', paragraphs.kettle)})
  await configure(remark()).process(file)
  return file.messages.map((message) => message.ruleId + ' ' + message.reason)
}

describe('no-duplicate-document in the preset', () => {
  it('is in the preset, and does nothing without an index', async () => {
    const plugins = (remarkPresetLintContentQuality.plugins ?? []).map((entry) => (Array.isArray(entry) ? entry[0] : entry))
    assert.ok(plugins.includes(remarkLintNoDuplicateDocument))
    assert.deepEqual(await messagesOnCopy((processor) => processor.use(remarkPresetLintContentQuality)), [])
  })

  it('runs once with the index when the rule is used again after the preset: unified merges its options', async () => {
    const expected = [
      'no-duplicate-document Unexpected copy of `posts/kettle.md` (Jaccard similarity 0.99, estimated 0.97), expected a page of its own'
    ]
    assert.deepEqual(
      await messagesOnCopy((processor) =>
        processor.use(remarkPresetLintContentQuality).use(remarkLintNoDuplicateDocument, {index: 'duplicates-index.json'})
      ),
      expected
    )
    // The same with a preset of a configuration file: plugins after plugins.
    assert.deepEqual(
      await messagesOnCopy((processor) =>
        processor.use({plugins: [remarkPresetLintContentQuality, [remarkLintNoDuplicateDocument, {index: 'duplicates-index.json'}]]})
      ),
      expected
    )
  })
})

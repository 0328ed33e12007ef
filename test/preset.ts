/**
 * Test helper: lint a document with the whole content-quality preset, the way
 * the remark CLI does (optionally with GFM), and return each message with its
 * offsets into the source the rules saw (the text without a byte-order mark).
 */
import assert from 'node:assert/strict'
import {remark} from 'remark'
import remarkPresetLintContentQuality from '../packages/remark-preset-lint-content-quality/dist/index.js'
import remarkContentQualitySyntax from '../packages/remark-preset-lint-content-quality/dist/syntax.js'
import {VFile} from 'vfile'
import {location} from 'vfile-location'

/** A message of the preset with offsets. */
export interface PresetMessage {
  ruleId: string | undefined
  reason: string
  /** Offsets into `source`; `undefined` for a message without a place. */
  start: number | undefined
  end: number | undefined
  /** `line:column-line:column` as reported. */
  range: string | undefined
  expected?: string[]
  fatal: boolean | null | undefined
}

/** The result of linting one document. */
export interface PresetResult {
  /** The text offsets refer to: the document without a leading byte-order mark. */
  source: string
  /** The byte-order mark the document started with, `''` when none: fixes keep it, as `content-quality-fix` does. */
  bom: string
  messages: PresetMessage[]
}

const withGfm = remark().use(remarkPresetLintContentQuality).freeze()
const plain = remark().use(remarkPresetLintContentQuality).use(remarkContentQualitySyntax, {gfm: false}).freeze()

/** Lint `document` with the preset (with its `gfm` option, default on). */
export async function lintWithPreset(document: string | Uint8Array, gfm = true): Promise<PresetResult> {
  const processor = gfm ? withGfm : plain
  const file = new VFile({path: 'doc.md', value: document})
  await processor.run(processor.parse(file), file)
  const text = String(file)
  const bom = text.charCodeAt(0) === 0xfe_ff ? text.charAt(0) : ''
  const source = text.slice(bom.length)
  const messages = file.messages.map(function (message): PresetMessage {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const result: PresetMessage = {
      ruleId: message.ruleId,
      reason: message.reason,
      start: place?.start.offset,
      end: place?.end.offset,
      range: place && `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`,
      fatal: message.fatal
    }
    if (message.expected) result.expected = message.expected
    return result
  })
  return {source, bom, messages}
}

/**
 * Why a message does not fit `source`, or `undefined` when it does: a placed
 * message's offsets must lie inside the text, in order, and agree with its
 * lines and columns (`place` is `location(source)`, built once per document).
 */
function misplaced(source: string, place: ReturnType<typeof location>, message: PresetMessage): string | undefined {
  const {start, end} = message
  if (start === undefined || end === undefined) return undefined
  if (!(start >= 0 && start <= end && end <= source.length)) {
    return `range ${start}-${end} outside 0-${source.length}: ${message.reason}`
  }
  const from = place.toPoint(start)!
  const to = place.toPoint(end)!
  const range = `${from.line}:${from.column}-${to.line}:${to.column}`
  if (range !== message.range) return `range ${message.range} does not match offsets ${start}-${end} (${range})`
  return undefined
}

/** Assert that no rule failed and every message is a non-fatal warning that fits the document. */
export function assertSane({source, messages}: PresetResult): void {
  const place = location(source)
  for (const message of messages) {
    assert.ok(!message.reason.includes('Unexpected internal error'), message.reason)
    assert.equal(message.fatal, false, 'unexpected fatal message: ' + message.reason)
    assert.equal(misplaced(source, place, message), undefined)
  }
}

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {negotiateEncoding, TextPositions} from '../lib/positions.ts'

describe('negotiateEncoding', () => {
  it('takes UTF-8 when the client offers it, in either field, and UTF-16 otherwise', () => {
    assert.equal(negotiateEncoding({}), 'utf-16')
    assert.equal(negotiateEncoding({general: {positionEncodings: ['utf-16']}}), 'utf-16')
    assert.equal(negotiateEncoding({general: {positionEncodings: ['utf-32', 'utf-8']}}), 'utf-8')
    assert.equal(negotiateEncoding({offsetEncoding: ['utf-8', 'utf-16']}), 'utf-8')
    assert.equal(negotiateEncoding({offsetEncoding: 'utf-8'}), 'utf-16', 'not a list: ignored')
    assert.equal(negotiateEncoding({general: {positionEncodings: ['utf-16']}, offsetEncoding: ['utf-8']}), 'utf-16', 'the LSP list is the word')
  })
})

describe('TextPositions', () => {
  // `é` is 2 bytes, `😀` 4 bytes and 2 UTF-16 units.
  const text = 'café 😀 â€” end\nsecond é line\r\nthird'

  it('counts UTF-16 code units', () => {
    const positions = new TextPositions(text, 'utf-16')
    const start = positions.offsetOf({line: 1, column: 9})
    assert.equal(text.slice(start, start + 3), 'â€”')
    assert.deepEqual(positions.rangeOf(start, start + 3), {start: {line: 0, character: 8}, end: {line: 0, character: 11}})
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 3, column: 1})), {line: 2, character: 0})
  })

  it('counts UTF-8 bytes', () => {
    const positions = new TextPositions(text, 'utf-8')
    const start = positions.offsetOf({line: 1, column: 9})
    // c a f é(2) space 😀(4) space = 11 bytes before `â`; `â€”` is 2 + 3 + 3 bytes.
    assert.deepEqual(positions.rangeOf(start, start + 3), {start: {line: 0, character: 11}, end: {line: 0, character: 19}})
    // After `second é`: 7 + 2 bytes.
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 2, column: 9})), {line: 1, character: 9})
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 2, column: 8})), {line: 1, character: 7})
  })

  it('counts a leading byte-order mark, which message columns do not, on the first line only', () => {
    const withMark = '\uFEFF' + text
    for (const [encoding, mark] of [['utf-16', 1], ['utf-8', 3]] as const) {
      const positions = new TextPositions(withMark, encoding)
      const start = positions.offsetOf({line: 1, column: 9})
      assert.equal(withMark.slice(start, start + 3), 'â€”')
      assert.equal(positions.positionOf(start).character, (encoding === 'utf-16' ? 8 : 11) + mark)
      assert.deepEqual(positions.positionOf(positions.offsetOf({line: 3, column: 2})), {line: 2, character: 1})
    }
  })

  it('clamps points past the end of a line or of the text', () => {
    const positions = new TextPositions(text, 'utf-16')
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 1, column: 500})), {line: 0, character: 15})
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 40, column: 1})), {line: 2, character: 5})
    assert.deepEqual(positions.positionOf(positions.offsetOf({line: 0, column: 0})), {line: 0, character: 0})
    assert.deepEqual(positions.whole(), {start: {line: 0, character: 0}, end: {line: 2, character: 5}})
    assert.deepEqual(new TextPositions('', 'utf-8').whole(), {start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    // Before a CRLF line ending, never between its two characters.
    const crlf = new TextPositions('ab\r\ncd', 'utf-16')
    assert.equal(crlf.offsetOf({line: 1, column: 99}), 2)
    assert.equal(new TextPositions('ab\ncd', 'utf-16').offsetOf({line: 1, column: 99}), 2)
  })
})

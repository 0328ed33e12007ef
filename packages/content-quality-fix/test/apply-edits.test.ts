import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {VFileMessage} from 'vfile-message'
import {applyEdits} from '../lib/apply-edits.ts'
import {editsFromMessages, type Edit} from '../lib/edits.ts'

/** An edit as the fixer makes it, with a message of its own. */
function edit(start: number, end: number, text: string, reason = 'test'): Edit {
  return {start, end, text, message: new VFileMessage(reason)}
}

describe('applyEdits', () => {
  it('changes only the spans of the edits', () => {
    const result = applyEdits('a  bb\r\nccc \t', [edit(3, 5, 'B'), edit(9, 10, '')])
    assert.equal(result.text, 'a  B\r\ncc \t')
    assert.equal(result.applied.length, 2)
    assert.deepEqual(result.skipped, [])
  })

  it('takes the earlier start when edits overlap, and skips the other', () => {
    const first = edit(0, 4, 'X', 'first')
    const second = edit(2, 6, 'Y', 'second')
    const result = applyEdits('abcdefgh', [second, first])
    assert.equal(result.text, 'Xefgh')
    assert.deepEqual(result.applied.map((e) => e.message.reason), ['first'])
    assert.deepEqual(result.skipped.map((e) => e.message.reason), ['second'])
  })

  it('takes the longer span at the same start, then the earlier message', () => {
    const short = edit(1, 2, 's', 'short')
    const long = edit(1, 4, 'L', 'long')
    const early = edit(1, 4, 'E', 'early')
    assert.equal(applyEdits('abcdef', [short, long]).text, 'aLef')
    assert.equal(applyEdits('abcdef', [early, long, short]).text, 'aEef')
    assert.equal(applyEdits('abcdef', [long, early, short]).text, 'aLef')
  })

  it('gives the same text whatever the order of non-conflicting edits', () => {
    const edits = [edit(0, 1, 'A'), edit(2, 3, 'C'), edit(4, 5, 'E'), edit(5, 5, '!')]
    const expected = 'AbCdE!f'
    assert.equal(applyEdits('abcdef', edits).text, expected)
    assert.equal(applyEdits('abcdef', [...edits].reverse()).text, expected)
  })

  it('drops a duplicate of the edit just made', () => {
    const result = applyEdits('a%%b', [edit(1, 3, '%', 'one rule'), edit(1, 3, '%', 'another rule')])
    assert.equal(result.text, 'a%b')
    assert.equal(result.applied.length, 1)
    assert.deepEqual(result.skipped, [])
  })

  it('skips an edit past the end of the text', () => {
    const result = applyEdits('abc', [edit(2, 9, 'x')])
    assert.equal(result.text, 'abc')
    assert.equal(result.skipped.length, 1)
  })
})

describe('editsFromMessages', () => {
  /** A message with a span and a fix, as a rule reports it. */
  function message(start: [number, number], end: [number, number], actual: string, expected: string[]) {
    const result = new VFileMessage('Unexpected', {
      place: {start: {line: start[0], column: start[1]}, end: {line: end[0], column: end[1]}}
    })
    result.actual = actual
    result.expected = expected
    return result
  }

  it('turns lines and columns into offsets, counting CRLF as one line ending', () => {
    const text = 'one\r\ntwo â€” three\r\n'
    const [found] = editsFromMessages(text, [message([2, 5], [2, 8], 'â€”', ['—'])])
    assert.deepEqual([found!.start, found!.end, found!.text], [9, 12, '—'])
    assert.equal(text.slice(found!.start, found!.end), 'â€”')
  })

  it('shifts offsets past a byte-order mark, which columns do not count', () => {
    const text = '\uFEFFâ€” x'
    const [found] = editsFromMessages(text, [message([1, 1], [1, 4], 'â€”', ['—'])])
    assert.deepEqual([found!.start, found!.end], [1, 4])
  })

  it('counts columns in UTF-16 code units, as remark does', () => {
    const text = '🍰 â€”'
    const [found] = editsFromMessages(text, [message([1, 4], [1, 7], 'â€”', ['—'])])
    assert.equal(text.slice(found!.start, found!.end), 'â€”')
  })

  it('leaves out messages without a fix, without an end point, or whose actual text is elsewhere', () => {
    const text = 'abc â€” def'
    const noFix = message([1, 5], [1, 8], 'â€”', [])
    const wrongPlace = message([1, 1], [1, 4], 'â€”', ['—'])
    const point = new VFileMessage('Unexpected', {place: {line: 1, column: 5}})
    point.expected = ['—']
    assert.deepEqual(editsFromMessages(text, [noFix, wrongPlace, point]), [])
  })

  it('keeps a deletion (`expected: [\'\']`)', () => {
    const [found] = editsFromMessages('a  b', [message([1, 2], [1, 3], ' ', [''])])
    assert.deepEqual([found!.start, found!.end, found!.text], [1, 2, ''])
  })
})

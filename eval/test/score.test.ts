import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {CorpusMessage} from '../lib/corpus-message.ts'
import type {Label} from '../lib/labels.ts'
import {covers, labelFor, scoreCorpus} from '../lib/score.ts'

/** A message of `rule` at `line:column-endLine:endColumn`. */
function message(path: string, rule: string, at: [number, number, number, number], reason = 'Unexpected x'): CorpusMessage {
  const [line, column, endLine, endColumn] = at
  return {path, ruleId: rule, reason, line, column, endLine, endColumn, fatal: false}
}

function label(path: string, line: number, value: Label['label'], extra: Partial<Label> = {}): Label {
  return {path, line, rule: 'no-duplicated-phrases', kind: 'word', label: value, reason: 'a reason', ...extra}
}

describe('covers', () => {
  it('takes a label on any line of the message', () => {
    const multiLine = message('spam/a.md', 'no-ad-markup', [3, 1, 6, 10])
    assert.equal(covers(multiLine, label('spam/a.md', 3, 'error')), true)
    assert.equal(covers(multiLine, label('spam/a.md', 6, 'error')), true)
    assert.equal(covers(multiLine, label('spam/a.md', 2, 'error')), false)
    assert.equal(covers(multiLine, label('spam/a.md', 7, 'error')), false)
  })

  it('checks a label column against the message columns, allowing the space before a repeat', () => {
    const word = message('spam/a.md', 'no-duplicated-phrases', [4, 10, 4, 14])
    assert.equal(covers(word, label('spam/a.md', 4, 'error', {column: 11})), true)
    assert.equal(covers(word, label('spam/a.md', 4, 'error', {column: 9})), true)
    assert.equal(covers(word, label('spam/a.md', 4, 'error', {column: 8})), false)
    assert.equal(covers(word, label('spam/a.md', 4, 'error', {column: 13})), true)
    assert.equal(covers(word, label('spam/a.md', 4, 'error', {column: 14})), false, 'end columns are exclusive')
    assert.equal(covers(message('spam/a.md', 'no-mojibake', [4, 10, 4, 10]), label('spam/a.md', 4, 'error', {column: 10})), true)
  })
})

describe('labelFor', () => {
  it('prefers the label that starts where the message starts, then an error', () => {
    const paragraph = message('spam/a.md', 'no-duplicated-phrases', [5, 1, 7, 20])
    const inside = label('spam/a.md', 6, 'error')
    const start = label('spam/a.md', 5, 'ok', {kind: 'paragraph'})
    assert.equal(labelFor(paragraph, [inside, start]), start)
    const other = label('spam/a.md', 6, 'ambiguous', {column: 3})
    assert.equal(labelFor(paragraph, [other, inside]), inside)
    assert.equal(labelFor(paragraph, [label('spam/a.md', 9, 'error')]), undefined)
  })
})

describe('scoreCorpus', () => {
  const rule = 'no-duplicated-phrases'
  const labels = [
    label('spam/a.md', 2, 'error'),
    label('spam/a.md', 5, 'ok'),
    label('spam/a.md', 8, 'error'),
    label('spam/a.md', 9, 'ambiguous'),
    label('docs/x/b.md', 3, 'error')
  ]
  const messages = [
    message('spam/a.md', rule, [2, 3, 2, 7]),
    message('spam/a.md', rule, [5, 1, 5, 4]),
    message('spam/a.md', rule, [9, 1, 9, 4]),
    message('spam/a.md', rule, [12, 1, 12, 4]),
    message('spam/c.md', rule, [1, 1, 1, 4]),
    message('docs/x/b.md', rule, [3, 1, 3, 4]),
    message('docs/x/b.md', rule, [7, 1, 7, 4]),
    message('docs/x/d.md', rule, [1, 1, 1, 4]),
    message('docs/x/d.md', rule, [2, 1, 2, 4], 'Unexpected internal error in `no-duplicated-phrases`: boom'),
    message('docs/x/d.md', 'no-mojibake', [1, 1, 1, 4])
  ]
  const figures = scoreCorpus(messages, labels, 2, 4)
  const dup = figures.rules.find((figure) => figure.rule === rule)!

  it('counts hits on errors and on oks, skipping ambiguous cases', () => {
    assert.equal(dup.truePositives, 2)
    assert.equal(dup.falsePositives, 1)
    assert.equal(dup.ambiguousHits, 1)
    assert.equal(dup.precision, 2 / 3)
  })

  it('finds recall from the labelled errors', () => {
    assert.equal(dup.errors, 3)
    assert.equal(dup.found, 2)
    assert.equal(dup.recall, 2 / 3)
    assert.deepEqual(dup.worst.misses, [{path: 'spam/a.md', line: 8, column: 1, text: 'word: a reason'}])
  })

  it('counts unlabelled spam hits only in files that have labels', () => {
    assert.equal(dup.unlabelled, 1)
    assert.deepEqual(dup.worst.unlabelled.map((example) => example.line), [12])
  })

  it('counts every docs message that is not a labelled error as a false alarm', () => {
    assert.equal(dup.docsMessages, 3)
    assert.equal(dup.docsFalseAlarms, 2)
    assert.equal(dup.docsPagesWithFalseAlarms, 2)
    assert.equal(dup.docsFalseAlarmsPer1000, 500)
    assert.equal(figures.docsPagesWithFalseAlarms, 1 + 1)
  })

  it('counts internal errors apart from findings', () => {
    assert.equal(dup.internalErrors, 1)
    assert.equal(figures.engineErrors, 0)
  })

  it('leaves precision and recall undefined for a rule without labels', () => {
    const mojibake = figures.rules.find((figure) => figure.rule === 'no-mojibake')!
    assert.equal(mojibake.precision, undefined)
    assert.equal(mojibake.recall, undefined)
    assert.equal(mojibake.docsFalseAlarms, 1)
  })
})

describe('scoreCorpus: labels outside the sample, groups of kinds, fixes on the docs', () => {
  const rule = 'no-duplicated-phrases'
  const labels = [
    label('spam/a.md', 1, 'error'),
    label('spam/a.md', 2, 'error', {kind: 'paragraph'}),
    label('spam/a.md', 3, 'ok', {kind: 'sentence'}),
    label('docs/x/b.md', 1, 'error', {sampled: false}),
    label('docs/x/b.md', 2, 'ok', {sampled: false})
  ]
  const messages = [
    message('spam/a.md', rule, [1, 1, 1, 4]),
    message('spam/a.md', rule, [3, 1, 3, 4]),
    {...message('docs/x/b.md', rule, [1, 1, 1, 4]), expected: ['']},
    {...message('docs/x/b.md', rule, [2, 1, 2, 4]), expected: [''], suggestion: true as const},
    {...message('docs/x/c.md', rule, [2, 1, 2, 4]), expected: ['']}
  ]
  const dup = scoreCorpus(messages, labels, 1, 2).rules.find((figure) => figure.rule === rule)!

  it('counts a label outside the sample for precision, not for recall', () => {
    assert.equal(dup.truePositives, 2)
    assert.equal(dup.falsePositives, 2)
    assert.equal(dup.errors, 3)
    assert.equal(dup.sampledErrors, 2)
    assert.equal(dup.found, 1)
    assert.equal(dup.recall, 1 / 2)
  })

  it('scores words and phrases apart from sentences and paragraphs', () => {
    assert.deepEqual(
      dup.groups.map((group) => [group.name, group.truePositives, group.falsePositives, group.found, group.errors]),
      [
        ['words and phrases', 2, 1, 1, 1],
        ['sentences and paragraphs', 0, 1, 0, 1]
      ]
    )
  })

  it('counts the docs messages whose fix would be applied unseen off a labelled error', () => {
    assert.equal(dup.docsFalseAlarms, 2)
    assert.equal(dup.docsUnsafeFixes, 1)
  })
})

describe('scoreCorpus: a group of one corpus', () => {
  it('scores the scraped pages of title-heading-match apart from the documentation', () => {
    const rule = 'title-heading-match'
    const pair = (path: string, line: number, value: Label['label']): Label => ({...label(path, line, value), rule, kind: 'pair'})
    const labels = [pair('spam/a.md', 5, 'error'), pair('spam/b.md', 5, 'error'), pair('spam/c.md', 5, 'ok'), pair('docs/x/d.md', 5, 'error')]
    const messages = [message('spam/a.md', rule, [5, 4, 5, 20]), message('spam/c.md', rule, [5, 4, 5, 20]), message('docs/x/d.md', rule, [5, 4, 5, 20])]
    const figures = scoreCorpus(messages, labels, 3, 1).rules.find((figure) => figure.rule === rule)!
    assert.deepEqual([figures.truePositives, figures.falsePositives, figures.found, figures.sampledErrors], [2, 1, 2, 3])
    assert.deepEqual(
      figures.groups.map((group) => [group.name, group.truePositives, group.falsePositives, group.found, group.errors, group.recall]),
      [['scraped pages', 1, 1, 1, 2, 0.5]]
    )
  })
})

describe('scoreCorpus with an overflow message', () => {
  it('counts the messages it stands for as docs false alarms and unlabelled spam hits', () => {
    const rule = 'no-mojibake'
    const overflow = (path: string, count: number): CorpusMessage => ({...message(path, rule, [0, 0, 0, 0], `${count} more messages`), overflow: count})
    const labels = [{...label('spam/a.md', 1, 'error'), rule: rule as Label['rule'], kind: 'mojibake'}]
    const figures = scoreCorpus([overflow('docs/x/b.md', 4000), overflow('spam/a.md', 30), overflow('spam/c.md', 7)], labels, 2, 1000)
    const mojibake = figures.rules.find((figure) => figure.rule === rule)!
    assert.equal(mojibake.docsFalseAlarms, 4000)
    assert.equal(mojibake.docsFalseAlarmsPer1000, 4000)
    assert.equal(mojibake.docsPagesWithFalseAlarms, 1)
    assert.equal(mojibake.spamMessages, 37)
    assert.equal(mojibake.unlabelled, 30)
    assert.equal(mojibake.found, 0)
    assert.equal(mojibake.precision, undefined)
  })
})

describe('scoreCorpus, what finds an error', () => {
  it('finds errors only with messages judged true positives, not with a unit judged by an ok label', () => {
    const unit = message('spam/a.md', 'no-duplicated-phrases', [5, 1, 9, 4])
    const labels = [label('spam/a.md', 5, 'ok'), label('spam/a.md', 7, 'error')]
    const [figures] = scoreCorpus([unit], labels, 1, 1).rules.filter((rule) => rule.rule === 'no-duplicated-phrases')
    assert.equal(figures!.falsePositives, 1)
    assert.equal(figures!.found, 0)
    assert.equal(figures!.recall, 0)
  })

  it('counts a file failed by a guard outside the rules (nesting) as an internal error outside the rules', () => {
    const failed = {...message('spam/a.md', 'nesting', [1, 1, 1, 1], 'Unexpected nesting deeper than 1000 levels'), fatal: true}
    assert.equal(scoreCorpus([failed], [], 1, 1).engineErrors, 1)
  })
})

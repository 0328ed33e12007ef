import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {emptyScore} from '../../bench/mojibake-score.ts'
import {failures, validThresholds, type Thresholds} from '../lib/check.ts'
import {ruleIds} from '../lib/labels.ts'
import type {GarblingScore} from '../lib/score-mojibake-set.ts'
import {scoreCorpus} from '../lib/score.ts'

const limits = {minPrecision: 0.9, minRecall: 0.5, maxDocsFalseAlarmsPer1000: 2, maxDocsUnsafeFixes: 0, maxInternalErrors: 0}
const thresholds: Thresholds = {
  rules: Object.fromEntries(ruleIds.map((rule) => [rule, limits])),
  mojibakeSet: {minFound: 0.8, minRepaired: 0.5, maxFalseHits: 0},
  maxEngineErrors: 0
}
const mojibake: GarblingScore[] = [{garbling: 'all', documents: 1, rule: {injected: 10, found: 8, repaired: 5, falseHits: 0}, ftfy: emptyScore()}]
const labels = ruleIds.flatMap((rule) => [
  {path: 'spam/a.md', line: 1, rule, kind: 'x', label: 'error' as const, reason: 'r'},
  {path: 'spam/a.md', line: 2, rule, kind: 'x', label: 'ok' as const, reason: 'r'}
])
const hit = (rule: string, line: number, path = 'spam/a.md') => ({path, ruleId: rule, reason: 'Unexpected x', line, column: 1, endLine: line, endColumn: 2, fatal: false})

describe('failures', () => {
  it('passes a run that holds every limit', () => {
    const corpus = scoreCorpus(ruleIds.map((rule) => hit(rule, 1)), labels, 1, 1000)
    assert.deepEqual(failures(corpus, mojibake, thresholds), [])
  })

  it('fails a rule that flags everything: precision, and false alarms on the docs', () => {
    const everywhere = ruleIds.map((rule) => hit(rule, 1))
    for (let line = 1; line <= 5; line++) everywhere.push(hit('no-mojibake', line), hit('no-mojibake', line, 'docs/x/b.md'))
    assert.deepEqual(failures(scoreCorpus(everywhere, labels, 1, 1000), mojibake, thresholds), [
      'no-mojibake precision is 0.667, below 0.9',
      'no-mojibake docs false alarms per 1,000 pages is 5.0, above 2'
    ])
  })

  it('fails a rule that finds nothing, and a rule that throws', () => {
    const messages = ruleIds.filter((rule) => rule !== 'title-heading-match').map((rule) => hit(rule, 1))
    messages.push({...hit('no-ad-markup', 3), reason: 'Unexpected internal error in `no-ad-markup`: x'})
    assert.deepEqual(failures(scoreCorpus(messages, labels, 1, 1000), mojibake, thresholds), [
      'no-ad-markup internal errors is 1, above 0',
      'title-heading-match recall is 0.000, below 0.5'
    ])
  })

  it('holds a share with nothing to measure: no judged hit, no labelled error', () => {
    const onlyOk = labels.filter((label) => label.rule !== 'no-mojibake' || label.label === 'ok')
    const messages = ruleIds.filter((rule) => rule !== 'no-mojibake').map((rule) => hit(rule, 1))
    const corpus = scoreCorpus(messages, onlyOk, 1, 1000)
    const figures = corpus.rules.find((rule) => rule.rule === 'no-mojibake')!
    assert.equal(figures.precision, undefined)
    assert.equal(figures.recall, undefined)
    assert.deepEqual(failures(corpus, mojibake, thresholds), [])
  })

  it('fails a fix on the docs that is not on a labelled error, and holds a suggestion there', () => {
    const suggestion = {...hit('no-duplicated-phrases', 1, 'docs/x/b.md'), expected: [''], suggestion: true as const}
    const fix = {...hit('no-duplicated-phrases', 2, 'docs/x/b.md'), expected: ['']}
    const messages = [...ruleIds.map((rule) => hit(rule, 1)), suggestion]
    assert.deepEqual(failures(scoreCorpus(messages, labels, 1, 1000), mojibake, thresholds), [])
    assert.deepEqual(failures(scoreCorpus([...messages, fix], labels, 1, 1000), mojibake, thresholds), [
      'no-duplicated-phrases docs fixes not on a labelled error is 1, above 0'
    ])
  })

  it('holds the limits of a group of kinds, and names a group that does not exist', () => {
    const grouped = [
      ...labels.filter((label) => label.rule !== 'no-duplicated-phrases'),
      {path: 'spam/a.md', line: 1, rule: 'no-duplicated-phrases' as const, kind: 'word', label: 'error' as const, reason: 'r'},
      {path: 'spam/a.md', line: 2, rule: 'no-duplicated-phrases' as const, kind: 'paragraph', label: 'error' as const, reason: 'r'}
    ]
    const corpus = scoreCorpus(ruleIds.map((rule) => hit(rule, 1)), grouped, 1, 1000)
    const withGroups: Thresholds = {
      ...thresholds,
      rules: {
        ...thresholds.rules,
        'no-duplicated-phrases': {
          ...limits,
          groups: {'words and phrases': {minPrecision: 1, minRecall: 1}, 'sentences and paragraphs': {minPrecision: 1, minRecall: 0.9}}
        }
      }
    }
    assert.deepEqual(failures(corpus, mojibake, withGroups), ['no-duplicated-phrases sentences and paragraphs recall is 0.000, below 0.9'])
    const unknown: Thresholds = {...thresholds, rules: {...thresholds.rules, 'no-mojibake': {...limits, groups: {words: {minPrecision: 1, minRecall: 1}}}}}
    assert.deepEqual(failures(corpus, mojibake, unknown), ['no-mojibake has no group `words`'])
  })

  it('fails when the generated mojibake is found less often', () => {
    const corpus = scoreCorpus(ruleIds.map((rule) => hit(rule, 1)), labels, 1, 1000)
    const worse = [{...mojibake[0]!, rule: {injected: 10, found: 7, repaired: 5, falseHits: 1}}]
    assert.deepEqual(failures(corpus, worse, thresholds), [
      'generated mojibake found is 0.700, below 0.8',
      'generated mojibake false hits is 1, above 0'
    ])
  })

  it('holds each garbling to its own limits and to ftfy-js, and names a garbling that does not exist', () => {
    const corpus = scoreCorpus(ruleIds.map((rule) => hit(rule, 1)), labels, 1, 1000)
    const rows: GarblingScore[] = [
      {garbling: 'Windows-1250', documents: 1, rule: {injected: 10, found: 9, repaired: 6, falseHits: 1}, ftfy: {injected: 10, found: 8, repaired: 7, falseHits: 0}},
      {garbling: 'all', documents: 1, rule: {injected: 10, found: 9, repaired: 6, falseHits: 0}, ftfy: {injected: 10, found: 8, repaired: 7, falseHits: 0}}
    ]
    const strict = {
      ...thresholds,
      mojibakeSet: {...thresholds.mojibakeSet, maxFalseHits: 1, garblings: {'Windows-1250': {minFound: 0.95, minRepaired: 0.6}, CP437: {minFound: 0.5, minRepaired: 0}}, notBelowFtfy: true}
    }
    assert.deepEqual(failures(corpus, rows, strict), [
      'generated mojibake found (Windows-1250) is 0.900, below 0.95',
      'the generated mojibake set has no garbling `CP437`',
      "generated mojibake repaired (Windows-1250): 6, fewer than ftfy-js's 7",
      "generated mojibake false hits (Windows-1250): 1, more than ftfy-js's 0",
      "generated mojibake repaired (all): 6, fewer than ftfy-js's 7"
    ])
    assert.deepEqual(failures(corpus, rows, {...strict, mojibakeSet: {...strict.mojibakeSet, garblings: {}, notBelowFtfy: false}}), [])
  })
})

describe('validThresholds', () => {
  it('names a missing limit', () => {
    assert.throws(() => validThresholds({...thresholds, rules: {}}), /`rules.no-ad-markup.minPrecision` must be a number/)
    const noFixLimit = {...thresholds, rules: {...thresholds.rules, 'no-mojibake': {...limits, maxDocsUnsafeFixes: undefined}}}
    assert.throws(() => validThresholds(noFixLimit), /`rules.no-mojibake.maxDocsUnsafeFixes` must be a number/)
    const badGroup = {...thresholds, rules: {...thresholds.rules, 'no-mojibake': {...limits, groups: {words: {minPrecision: 1}}}}}
    assert.throws(() => validThresholds(badGroup), /`rules.no-mojibake.groups.words.minRecall` must be a number/)
    const badGarbling = {...thresholds, mojibakeSet: {...thresholds.mojibakeSet, garblings: {CP437: {minFound: 1}}}}
    assert.throws(() => validThresholds(badGarbling), /`mojibakeSet.garblings.CP437.minRepaired` must be a number/)
    const badFlag = {...thresholds, mojibakeSet: {...thresholds.mojibakeSet, notBelowFtfy: 'yes'}}
    assert.throws(() => validThresholds(badFlag), /`mojibakeSet.notBelowFtfy` must be a boolean/)
    assert.equal(validThresholds(thresholds), thresholds)
  })
})

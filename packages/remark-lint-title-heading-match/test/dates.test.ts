import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {agreementOf, english, findDates, shareDate, termsOf} from '../lib/index.ts'

/** The keys of the dates in `text`. */
function keys(text: string): string[] {
  return findDates(text).map((date) => date.key)
}

describe('title-heading-match: dates', () => {
  it('reads one key per day across formats and languages', () => {
    for (const text of [
      'Mar 3rd, 2021',
      'March 3rd',
      'march 3',
      '3 March 2021',
      'the 3rd of March',
      '2021-03-03',
      '3. März 2021',
      '3 mars 2021',
      '3 de marzo de 2021',
      '3 марта 2021',
      '2021年3月3日',
      '3月3日',
      '2021년 3월 3일'
    ]) {
      assert.deepEqual(keys(text), ['date:03-03'], text)
    }
  })

  it('keeps the year apart, and reads a month with a year as that month', () => {
    assert.deepEqual(findDates('Digest - Mar 3rd, 2021'), [{start: 9, end: 22, key: 'date:03-03', year: '2021'}])
    assert.deepEqual(keys('News of May 2024'), ['date:2024-05'])
  })

  it('reads no date in a month name without a day or a year, nor in impossible days', () => {
    assert.deepEqual(keys('You may 3D-print the case'), [])
    assert.deepEqual(keys('It may rain'), [])
    assert.deepEqual(keys('March 32'), [])
    assert.deepEqual(keys('2021-13-03'), [])
    assert.deepEqual(keys('Summary 3'), [])
    assert.deepEqual(keys('Python 3.12 May release'), [], 'the minor part of a version is no day')
    assert.deepEqual(keys('٢٠٢١-٠٣-٠٣'), [], 'digits of other scripts are not read')
  })

  it('reads a digit date once where a word date would overlap it', () => {
    assert.deepEqual(findDates('2021-03-03 March'), [{start: 0, end: 10, key: 'date:03-03', year: '2021'}])
  })

  it('lets two texts share a date written differently, as a number that never decides alone', () => {
    const title = termsOf('Monthly Digest - Mar 3rd, 2021', english)
    const heading = termsOf('Project News — March 3rd', english)
    assert.equal(shareDate(title, heading), true)
    assert.equal(title.terms.get('date:03-03'), 'number')
    assert.equal(agreementOf('Monthly Digest - Mar 3rd, 2021', 'Project News — March 3rd'), 0)
    assert.equal(shareDate(title, termsOf('Project News — March 4th', english)), false)
  })
})

describe('title-heading-match: numbers', () => {
  it('matches versions and numbers across formats', () => {
    const number = (text: string) => [...termsOf(text, english).terms].filter(([, kind]) => kind === 'number').map(([key]) => key)
    assert.deepEqual(number('Kettlebrew v14.2.0'), ['14.2'])
    assert.deepEqual(number('Kettlebrew 14.2'), ['14.2'])
    assert.deepEqual(number('1,000 brews'), ['1000'])
    assert.deepEqual(number('2,5 litres'), ['2.5'])
    assert.deepEqual(number('Version 3.0'), ['3'])
    assert.deepEqual(number('1,000.50 brews'), ['1000.50'])
    assert.deepEqual(number('Kettlebrew 03.10'), ['3.10'])
    assert.equal(agreementOf('Kettlebrew v14.2.0 released', 'Kettlebrew 14.2 release'), 1)
  })
})

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {agreementOf, pickLanguage, support, termsOf} from '../lib/index.ts'

const english = pickLanguage('en', [])

/** The terms of `text` as `key:kind` strings, in order. */
function terms(text: string, language = english): string[] {
  return [...termsOf(text, language).terms].map(([key, kind]) => key + ':' + kind)
}

describe('title-heading-match: terms', () => {
  it('folds case, diacritics, compatibility forms, punctuation and emoji, and drops stop words', () => {
    assert.deepEqual(terms('The CAFÉ’s ﬁnest Crème brûlée!! 🍮'), ['cafe:subject', 'finest:subject', 'creme:subject', 'brulee:subject'])
    assert.deepEqual(terms('Ｆｕｌｌ－ｗｉｄｔｈ Ｔｅｘｔ'), ['full:generic', 'width:subject', 'text:subject'])
  })

  it('stems words with the language’s stemmer', () => {
    assert.deepEqual(terms('Configuring configurations'), ['configur:subject'])
    assert.deepEqual(terms('Installieren und Installation', pickLanguage('de', [])), ['installi:subject', 'installation:subject'])
  })

  it('marks generic words as written, so a subject use of the same stem stays a subject', () => {
    assert.deepEqual(terms('Tested and ranked'), ['test:generic', 'rank:generic'])
    assert.deepEqual(terms('Testing your app'), ['test:subject', 'app:subject'])
  })

  it('keeps numbers and acronyms, and reads dotted acronyms', () => {
    assert.deepEqual(terms('Ubuntu 22.04 and 1,5 GB in the U.S.'), ['ubuntu:subject', '22.04:number', '1.5:number', 'gb:subject', 'us:subject'])
    assert.deepEqual(terms('HOW TO INSTALL DOCKER'), ['instal:subject', 'docker:subject'])
  })

  it('splits scripts without spaces into pairs of characters', () => {
    assert.deepEqual(terms('東京でおすすめのラーメン店10選'), [
      '東京:subject',
      'おすすめ:generic',
      'ラー:subject',
      'ーメ:subject',
      'メン:subject',
      '店:subject',
      '10:number',
      '選:generic'
    ])
    assert.deepEqual(terms('在 Ubuntu 上安装 Docker 的步骤'), ['ubuntu:subject', '上安:subject', '安装:subject', 'docker:subject', '步骤:generic'])
  })
})

describe('title-heading-match: agreement', () => {
  const cases: Array<[string, string, string, number]> = [
    ['identical', 'Webhook signatures', 'Webhook signatures', 1],
    ['stemmed paraphrase', 'Authenticating users', 'User authentication', 1],
    ['containment of a shortened title', 'Getting started', 'Getting Started with Orbit', 0.9],
    ['abbreviation', 'DB migrations', 'Database migrations', 0.5],
    ['acronym and expansion', 'FAQ', 'Frequently asked questions', 1],
    ['expansion and acronym', 'Frequently asked questions', 'FAQ', 1],
    ['acronym with a stop word inside', 'BOM export', 'Bill of Materials export', 1],
    ['acronym with a hyphenated stop word at the end', 'SSO', 'Single sign-on', 1],
    ['a stop word does not end an expansion', 'AI tools', 'Activities in tools', 0.5],
    ['numbers alone never agree', 'Top 10 of 2024', 'Top 10 of 2024 picks', 0],
    ['generic words alone never agree', 'Best budget keyboards tested', 'Best budget monitors tested', 0],
    ['different years of the same subject', 'Best laptops of 2024', 'Best laptops of 2025', 0.71],
    ['unrelated', 'Brightway smart home hub', 'Harbor Freight sues Nordline Shipping', 0]
  ]
  for (const [name, a, b, expected] of cases) {
    it(name, () => assert.equal(Number(agreementOf(a, b).toFixed(2)), expected))
  }

  it('compares Japanese and Chinese through character pairs', () => {
    assert.equal(agreementOf('二要素認証を有効にする', '二要素認証の有効化').toFixed(2), '0.95')
    assert.equal(agreementOf('東京のラーメン', '京都のラーメン').toFixed(2), '0.75')
    assert.equal(agreementOf('东京拉面推荐', '京都红叶名所'), 0)
  })

  it('is symmetric', () => {
    for (const [, a, b] of cases) assert.equal(agreementOf(a, b), agreementOf(b, a))
  })
})

describe('title-heading-match: support', () => {
  it('is the share of the title found in a passage', () => {
    const title = termsOf('Deploying your first app', english)
    assert.equal(support(title, termsOf('Before you deploy the app, install the tool.', english)).toFixed(2), '0.67')
    assert.equal(support(title, termsOf('The tool runs on Linux.', english)), 0)
  })
})

describe('title-heading-match: language', () => {
  it('takes the declared language, or the one whose stop words are most frequent', () => {
    assert.equal(pickLanguage('de-AT', ['The best of the rest']).code, 'de')
    assert.equal(pickLanguage(undefined, ['Installation von Docker unter Ubuntu und Debian']).code, 'de')
    assert.equal(pickLanguage(undefined, ['Configuration du proxy pour les utilisateurs']).code, 'fr')
    assert.equal(pickLanguage(undefined, ['Configuring a proxy']).code, 'en')
    assert.equal(pickLanguage('tlh', ['Nothing here']).code, 'en')
  })
})

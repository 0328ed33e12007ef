/**
 * The forms of mojibake the rule must read, each code page and case, and the
 * correct text that looks like mojibake and must be left alone. The
 * sentences are the project's own.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import {applyFixes} from '../../../test/lint.ts'
import {detectMojibake} from '../lib/index.ts'

const parser = remark()

/** `[actual, expected, start, end]` of each finding, with `'suggestion'` when the fix is only a suggestion. */
function detect(document: string) {
  return detectMojibake(parser.parse(document), document).map((finding) => [
    finding.actual,
    finding.expected?.[0],
    finding.start,
    finding.end,
    ...(finding.suggestion ? ['suggestion'] : [])
  ])
}

describe('no-mojibake: code pages and cases', () => {
  const cases: Array<[string, string, Array<Array<string | number | undefined>>]> = [
    ['Polish read as Windows-1250', 'We met in KrakĂłw and GdaĹ„sk.', [['Ăł', 'ó', 14, 16], ['Ĺ„', 'ń', 25, 27]]],
    ['Czech read as Windows-1250', 'PĹ™Ă­liĹˇ horkĂ˝ den.', [['Ĺ™Ă­', 'ří', 1, 5], ['Ĺˇ', 'š', 7, 9], ['Ă˝', 'ý', 14, 16]]],
    ['Arabic read as Windows-1250', 'Greeting: Ů…Ř±Ř­Ř¨Ř§.', [['Ů…Ř±Ř­Ř¨Ř§', 'مرحبا', 10, 20]]],
    ['Spanish capitals', 'FELIZ AÃ‘O NUEVO', [['Ã‘', 'Ñ', 7, 9]]],
    ['French capitals', 'CAFÃ‰ NOIR', [['Ã‰', 'É', 3, 5]]],
    ['a capital that starts the text', 'Ã‡a va?', [['Ã‡', 'Ç', 0, 2]]],
    ['a capital in a German word of capitals', 'BITTE ZURÃœCKRUFEN', [['Ãœ', 'Ü', 9, 11]]],
    ['a Baltic letter read as Latin-1', 'A week in JÅ«rmala.', [['Å«', 'ū', 11, 13]]],
    ['a Greek letter inside a Latin word', 'the IL2RÎ³c chain', [['Î³', 'γ', 8, 10]]],
    ['an HTML entity on top of mojibake', 'the IL2RÎ&sup3;c chain', [['Î&sup3;', 'γ', 8, 15]]],
    ['mojibake written as entities', 'caf&Atilde;&copy; noir', [['&Atilde;&copy;', 'é', 3, 17]]],
    ['the replacement character mojibaked', 'Lost: ï¿½ here', [['ï¿½', '�', 6, 9]]],
    ['full-width punctuation', 'CPUï¼š2 cores', [['ï¼š', '：', 3, 6]]],
    ['a combining mark', 'Her name is ZoeÌˆ.', [['Ìˆ', '\u0308', 15, 17]]],
    ['combining marks on digits', 'was 6Ì¶3Ì¶ dollars', [['Ì¶', '\u0336', 5, 7], ['Ì¶', '\u0336', 8, 10]]],
    ['a ligature read as Windows-1251', 'the п¬Ѓnal round', [['п¬Ѓ', 'ﬁ', 4, 7]]],
    ['an emoji read as Windows-1251', 'a вњЁ badge', [['вњЁ', '✨', 2, 5]]],
    ['Russian read as MacRoman', 'the –ß—Ç–æ page', [['–ß—Ç–æ', 'Что', 4, 10]]],
    ['a copyright sign read as MacRoman', "notice = '¬© 2024'", [['¬©', '©', 10, 12]]],
    ['Spanish read as CP437', 'son ├║tiles', [['├║', 'ú', 4, 6]]],
    ['a multiplication sign read as CP437', 'a+b├ùc', [['├ù', '×', 3, 5]]],
    ['`à` read as Windows-1250 before a space', 'assigned once (Ă\u00A0 la carte)', [['Ă\u00A0', 'à', 15, 17]]],
    ['the alternative text of an image', 'See ![A cafÃ© view](x.png).', [['Ã©', 'é', 11, 13]]],
    ['a Turkish name in capitals read as Windows-1250', 'by Ali GĂ–KGĂ–Z', [['Ă–', 'Ö', 8, 10], ['Ă–', 'Ö', 12, 14]]],
    ['a word before an emoji', 'cafÃ©😀 and rÃ©sumÃ©👍', [['Ã©', 'é', 3, 5], ['Ã©', 'é', 13, 15], ['Ã©', 'é', 18, 20]]],
    ['text mangled twice before a registered sign', 'NescafÃ©Â® coffee', [['Ã©Â®', 'é®', 6, 10]]]
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(detect(text), expected))
  }
})

describe('no-mojibake: sequences that lost their last byte', () => {
  it('reports an emoji cut short at the end of the text, without a fix', () => {
    assert.deepEqual(detect('Thanks ðŸ™'), [['ðŸ™', undefined, 7, 10]])
  })

  it('reports `Ã` cut short inside a word, without a fix', () => {
    assert.deepEqual(detect('Sin descripciÃn alguna'), [['Ã', undefined, 13, 14]])
    assert.deepEqual(detect('Frau MÃller'), [['Ã', undefined, 6, 7]])
  })

  it('reads `Ã` before a space as `à` whose no-break space was lost, as a suggestion', () => {
    assert.deepEqual(detect('Our dÃ©jÃ vu moment.'), [
      ['Ã©', 'é', 5, 7],
      ['Ã', 'à', 8, 9, 'suggestion']
    ])
    assert.deepEqual(detect('voilÃ  le travail'), [['Ã ', 'à', 4, 6, 'suggestion']])
    assert.deepEqual(detect("jusqu'Ã nos jours"), [['Ã', 'à', 6, 7, 'suggestion']])
  })

  it('reads what its own repairs show: `Ã` after a word that was mojibake itself', () => {
    // Only once `Ã©tÃ©` reads `été` is the `Ã` after it in lower-case text.
    assert.deepEqual(detect('Ã©tÃ© Ã la plage'), [
      ['Ã©', 'é', 0, 2],
      ['Ã©', 'é', 3, 5],
      ['Ã', 'à', 6, 7, 'suggestion']
    ])
  })

  it('repairs `â€` as `”` only where a closing quote stands: a joiner inside an emoji has no fix', () => {
    assert.deepEqual(detect('Dev ðŸ‘©â€ðŸ’» at work'), [
      ['ðŸ‘©', '👩', 4, 8],
      ['â€', undefined, 8, 10],
      ['ðŸ’»', '💻', 10, 14]
    ])
    assert.deepEqual(detect('a wellâ€known fact'), [['â€', undefined, 6, 8]])
  })

  it('keeps a repair that rests on the guess of `à` a suggestion', () => {
    assert.deepEqual(detect('jusquâ€™Ã nos jours'), [['â€™Ã', '’à', 5, 9, 'suggestion']])
  })

  it('reports punctuation or a symbol cut short that stands alone as a word, without a fix', () => {
    assert.deepEqual(detect('Look for the âœ mark and the "New âœ" badge.'), [
      ['âœ', undefined, 13, 15],
      ['âœ', undefined, 34, 36]
    ])
  })

  it('repairs a closing quote cut short and leaves nothing to report', () => {
    const document = 'He said â€œnoâ€ twice.\n'
    const findings = detectMojibake(parser.parse(document), document)
    assert.deepEqual(
      findings.map((finding) => [finding.actual, finding.expected?.[0]]),
      [
        ['â€œ', '“'],
        ['â€', '”']
      ]
    )
    const fixed = applyFixes(document, findings)
    assert.equal(fixed, 'He said “no” twice.\n')
    assert.deepEqual(detect(fixed), [])
  })
})

describe('no-mojibake: sequences cut short on a page that holds other mojibake', () => {
  it('reads a lead and a continuation on a garbled Korean page, but not a lone lead after a word', () => {
    // `설정` read as Windows-1252 shows the page to be garbled; `는` and `은` lost their last bytes.
    assert.deepEqual(detect('ì„¤ì\u00A0• 파일을 읽은 뒤 HelperëŠ 값을 넣고 Consoleì 끝납니다.'), [
      ['ì„¤ì\u00A0•', '설정', 0, 6],
      ['ëŠ', undefined, 22, 24]
    ])
  })

  it('leaves the same words alone on a page that shows no other mojibake', () => {
    assert.deepEqual(detect('HelperëŠ 값을 넣고 Consoleì 끝납니다.'), [])
  })

  it('reads a capital that lost its second byte at the start of a word, and a symbol standing alone', () => {
    assert.deepEqual(detect('Thanks to Emilio Ãlvarez and the rÃ©sumÃ© team. â'), [
      ['Ã', undefined, 17, 18],
      ['Ã©', 'é', 34, 36],
      ['Ã©', 'é', 39, 41],
      ['â', undefined, 48, 49]
    ])
    assert.deepEqual(detect('Thanks to Emilio Ãlvarez and the team. â'), [])
  })

  it('leaves letters of words alone on a garbled page: Czech `áš`, a quote after a letter, Italian `così`', () => {
    assert.deepEqual(detect('A rÃ©sumÃ© by Tomáš, “perché” and così.'), [
      ['Ã©', 'é', 3, 5],
      ['Ã©', 'é', 8, 10]
    ])
  })

  it('reads `Ã` before a space in another paragraph of a garbled page (its no-break space became a space)', () => {
    assert.deepEqual(detect('A pause â€” here.\n\nÃ la carte.\n'), [
      ['â€”', '—', 8, 11],
      ['Ã', 'à', 19, 20, 'suggestion']
    ])
  })

  it('sees the page, not the paragraph: mojibake in one paragraph makes a sequence cut short in another readable', () => {
    const document = 'A rÃ©sumÃ© here.\n\nThanks to Emilio Ãlvarez.\n'
    assert.deepEqual(detect(document), [
      ['Ã©', 'é', 3, 5],
      ['Ã©', 'é', 8, 10],
      ['Ã', undefined, 35, 36]
    ])
  })
})

describe('no-mojibake: correct text that looks like mojibake', () => {
  const correct: Array<[string, string]> = [
    ['a multiplication sign before punctuation', 'It ran 4×… then 2×£10, as the “×” marks show.'],
    ['math', 'Let √π be r, so ¬p holds and x ≤ √2.'],
    ['box drawing', '├┤ ├── src ┌─┐ │a│ └┬┘ ├┤a┼┐a'],
    ['emoticons built from symbols', '¯\\_(ツ)_/¯ and (╯°□°)╯︵ ┻━┻ and ಠ_ಠ and ¬_¬ and `¬´ )'],
    ['leetspeak made of accented capitals', '†HÈ ©ÅKÈ Î§ Å £ÎÈ, MÄ£ÄM ÌÑÌ, SÖÄ£ ÑÝÄ'],
    ['the ångström sign beside a dash or a unit mark', 'a gap of 10 Å— wide, 5 Å™ units, AHÅ® and Å–Å'],
    ['Ukrainian capitals', 'ІКІ and ІІ, Її, КІЇВ'],
    ['a letter before a curly apostrophe', 'the PIÑ’s and NIÑ’s, and Ã’s in this text'],
    ['Finnish capitals before a no-break space', 'SELKÄ\u00A0EDELLÄ MAAHAN'],
    ['Romanian capitals before a no-break space', 'LIMBA ROMÂNĂ\u00A0ESTE FRUMOASĂ\u00A0Ă'],
    ['a Romanian capital that ends a word before a no-break space', 'ŢARĂ\u00A0mare'],
    ['Romanian capitals before a trademark sign', 'NICIODATĂ™ and CASĂ®'],
    ['Welsh', 'Aeth hi â’r plant i’r dref.'],
    ['a Yanomami word of one capital letter', 'THË Ã wëyëi'],
    ['Portuguese capitals', 'NÃO SÃO, IRMÃ E MAÇÃ.'],
    ['a single-letter Greek word beside symbols', '“Χ§” and Ψ£'],
    ['French with a no-break space before a guillemet', 'Il a dit «\u00A0café\u00A0» et «\u00A0thé\u00A0».'],
    ['Hangul particles after Latin words', 'Hexo는 빠르고 Node.js가 필요합니다.'],
    ['IPA', 'pronounced /vjuː/ or /ˈkæfeɪ/'],
    ['a quoted capital letter', 'Der Buchstabe „Ä“, the letter “Ä”, Byen „Å“, Litera „Ă”, chữ “Â”, drove to Å… then'],
    ['Portuguese capitals before a closing quote', 'Ele gritou “AMANHÃ” e saiu. NÃO AMANHÃ… JÁ!'],
    ['formulas of math signs', 'RMS = √∑x²/n and the norm √∫f² dμ'],
    ['correct character references', 'Tom &amp; Jerry &copy; 2024 &#150; &eacute;t&eacute; &#x2014; &notanentity;']
  ]
  for (const [name, text] of correct) {
    it(name, () => assert.deepEqual(detect(text), []))
  }
})

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {remarkPlaceSplitText} from 'content-quality-core'
import {applyFixes, lint} from '../../../test/lint.ts'
import remarkLintNoMojibake, {detectMojibake, defaultOptions} from '../lib/index.ts'

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Run the detector alone and return `[actual, expected, start, end]` rows. */
function detect(document: string, options = defaultOptions) {
  return detectMojibake(parser.parse(document), document, options).map((finding) => [
    finding.actual,
    finding.expected?.[0],
    finding.start,
    finding.end
  ])
}

describe('no-mojibake: mojibake', () => {
  const cases: Array<[string, string, string]> = [
    ['em dash read as Windows-1252', 'A pause â€” then more.', '—'],
    ['apostrophe', 'itâ€™s', '’'],
    ['e acute', 'cafÃ©', 'é'],
    ['a grave with its no-break space', 'voilÃ\u00A0', 'à'],
    ['no-break space', 'price:Â\u00A0€5', '\u00A0'],
    ['emoji', 'ðŸ˜€ thanks', '😀'],
    ['Russian read as Windows-1252', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
    ['Russian read as Windows-1251', 'РїСЂРёРІРµС‚', 'привет'],
    ['Polish read as Windows-1252', 'zaÅ‚Ä…cznik', 'łą'],
    ['MacRoman', 'caf√© au lait', 'é'],
    ['MacRoman em dash', 'wait ‚Äî what', '—'],
    ['CP437', 'caf├⌐ noir', 'é'],
    ['double encoded apostrophe', 'donÃ¢â‚¬â„¢t', '’'],
    ['Japanese read as Windows-1252', 'æ—¥æœ¬èªž', '日本語'],
    ['byte-order mark in the text', 'startï»¿here', ''],
    ['Romanian s comma', 'È™coala', 'ș'],
    ['check mark', 'done âœ“', '✓']
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const rows = detect(text)
      assert.equal(rows.length, 1, JSON.stringify(rows))
      assert.equal(rows[0]![1], expected)
    })
  }

  it('reports each run with its exact span', () => {
    assert.deepEqual(detect('the deal â€” 30%% off'), [
      ['â€”', '—', 9, 12],
      ['%%', '%', 15, 17]
    ])
    assert.deepEqual(detect('zaÅ‚Ä…cznik'), [['Å‚Ä…', 'łą', 2, 6]])
  })

  it('repairs a closing quote whose last byte was lost', () => {
    assert.deepEqual(detect('â€œquotedâ€ text'), [
      ['â€œ', '“', 0, 3],
      ['â€', '”', 9, 11]
    ])
  })

  it('fixes leave nothing to report', () => {
    const document = 'Itâ€™s cafÃ© time â€” 30%% off, dÃ©jÃ\u00A0 vu.\n'
    const fixed = applyFixes(
      document,
      detectMojibake(parser.parse(document), document, defaultOptions)
    )
    assert.equal(fixed, 'It’s café time — 30% off, déjà vu.\n')
    assert.deepEqual(detect(fixed), [])
  })

  it('widens a repair that would join its neighbour into new mojibake', () => {
    // `Â¿` alone repairs to `¿`, but `Ð¿` is `п` read as Windows-1252.
    assert.deepEqual(detect('x ÐÂ¿ y and Â¿ z'), [
      ['ÐÂ¿', 'п', 2, 5],
      ['Â¿', '¿', 12, 14]
    ])
    const document = 'x ÐÂ¿ y\n'
    const fixed = applyFixes(document, detectMojibake(parser.parse(document), document, defaultOptions))
    assert.equal(fixed, 'x п y\n')
    assert.deepEqual(detect(fixed), [])
  })
})

describe('no-mojibake: other encoding errors', () => {
  it('reports runs of replacement characters without a fix', () => {
    assert.deepEqual(detect('Bj\uFFFDrk and \uFFFD\uFFFD'), [
      ['\uFFFD', undefined, 2, 3],
      ['\uFFFD\uFFFD', undefined, 10, 12]
    ])
  })

  it('reports C1 controls, fixing the ones Windows-1252 defines', () => {
    assert.deepEqual(detect('don\u0092t \u0093x\u0094 and \u0081'), [
      ['\u0092', '’', 3, 4],
      ['\u0093', '“', 6, 7],
      ['\u0094', '”', 8, 9],
      ['\u0081', undefined, 14, 15]
    ])
  })

  it('reports entities escaped twice or more, and undoes every extra level in one fix', () => {
    assert.deepEqual(detect('Smith &amp;amp; Sons &amp;#8217; &amp;#x2014; &amp;amp;amp;'), [
      ['&amp;amp;', '&amp;', 6, 15],
      ['&amp;#8217;', '&#8217;', 21, 32],
      ['&amp;#x2014;', '&#x2014;', 33, 45],
      ['&amp;amp;amp;', '&amp;', 46, 59]
    ])
  })

  it('does not report single escapes or unknown entity names', () => {
    assert.deepEqual(detect('Tom &amp; Jerry, &amp;notanentity; and &#8217;'), [])
  })

  it('reports printf escapes after numbers only', () => {
    assert.deepEqual(detect('Save 30%% now, 100%%!'), [
      ['%%', '%', 7, 9],
      ['%%', '%', 18, 20]
    ])
    assert.deepEqual(detect('A %% sign, 50%%% weird, and 5 %%'), [])
  })
})

describe('no-mojibake: where it looks', () => {
  it('checks frontmatter strings, YAML and TOML, at exact offsets', () => {
    const yaml = '---\ntitle: "Sale â€” 30%% off"\ndescription: cafÃ©\nurl: https://example.com/a%%b\n---\n'
    assert.deepEqual(detect(yaml), [
      ['â€”', '—', 17, 20],
      ['%%', '%', 23, 25],
      ['Ã©', 'é', 47, 49]
    ])
    const toml = '+++\ntitle = "Sale â€” now"\n+++\n'
    assert.deepEqual(detect(toml), [['â€”', '—', 18, 21]])
  })

  it('checks visible text in HTML but not attributes or scripts', () => {
    const document = '<p title="cafÃ©">Ã©tÃ©</p>\n\n<script>x = "â€”"</script>\n'
    assert.deepEqual(detect(document), [
      ['Ã©', 'é', 17, 19],
      ['Ã©', 'é', 20, 22]
    ])
  })

  it('skips code, link destinations and bare URLs', () => {
    const document = [
      'Run `printf "100%%"` and `cafÃ©`.',
      '',
      '```',
      'â€” 30%%',
      '```',
      '',
      '[link](https://example.com/cafÃ©?q=30%%) and https://example.com/â€”30%%',
      ''
    ].join('\n')
    assert.deepEqual(detect(document), [])
  })

  it('does not throw on trees without positions', () => {
    const tree = parser.parse('cafÃ© â€” 30%%')
    const strip = (node: {position?: unknown; children?: unknown[]}): void => {
      delete node.position
      for (const child of node.children ?? []) strip(child as typeof node)
    }
    strip(tree as never)
    assert.deepEqual(detectMojibake(tree, 'cafÃ© â€” 30%%', defaultOptions), [])
  })
})

describe('no-mojibake: must not flag correct text', () => {
  const correct = [
    ['French', 'L’été « chaud » à Noël, où l’on boit du café crème — déjà vu ?'],
    ['French with no-break spaces', 'Quel été\u00A0» dit-il\u00A0; «\u00A0Ça va\u00A0» répond-elle. ÉTÉ… CAFÉ”'],
    ['German', 'Größere Übungen für Äpfel und Öl — „Straße“ … ÄRGER’'],
    ['Vietnamese', 'Tiếng Việt có dấu: người, được, những, ở đây, Ơn trời.'],
    ['Polish', 'Zażółć gęślą jaźń. Łódź, Kraków, Gdańsk.'],
    ['Turkish', 'İstanbul’da ağaçlar, ıspanak, çiçekler ve şeker; IĞDIR.'],
    ['Greek', 'Καλημέρα κόσμε, ΑΘΗΝΑ — «Ελλάδα».'],
    ['Russian', 'Съешь же ещё этих мягких французских булок, да выпей чаю. «СССР» Рёв Рік.'],
    ['Ukrainian', 'Вітер віє, її рідні співають: «Ї»'],
    ['Portuguese', 'Âmbito da ação: São Paulo, MAÇÃ, coração, pão.'],
    ['Ewe', 'Ƒe ɖe ame sia ame ŋu ɔ, ɛ.'],
    ['Japanese', '日本語のテキストです。「東京」へようこそ！'],
    ['Chinese', '中文文本，包括标点符号：“你好”。'],
    ['Korean', '한국어 텍스트입니다.'],
    ['Arabic', 'مرحبا بالعالم، هذا نص عربي.'],
    ['Hebrew', 'שלום עולם, זה טקסט בעברית.'],
    ['Hindi', 'नमस्ते दुनिया, यह हिन्दी पाठ है।'],
    ['Math and currency', '∑ x² ≤ ½ · π ± 3 °C, €5, £3, ¥100, ¢, ©, ®, ™, ‰, µm, ×÷'],
    ['Spanish', '¿Qué tal? ¡Muy bien! AÑO”, ESPAÑA.'],
    ['Icelandic', 'Þetta er íslenska: ð, þ, æ, Ð, Þ.'],
    ['Inari Saami', 'kuáskulâžžân tiettuu']
  ]
  for (const [language, text] of correct) {
    it(language!, () => assert.deepEqual(detect(text!), []))
  }

  it('allows listed strings', () => {
    assert.deepEqual(detect('cafÃ© â€”', {...defaultOptions, allow: ['Ã©']}), [['â€”', '—', 6, 9]])
  })

  it('switches each check off', () => {
    const document = 'cafÃ© \uFFFD \u0092 &amp;amp; 30%%'
    assert.equal(detect(document).length, 5)
    for (const check of [
      'mojibake',
      'replacementCharacter',
      'controlCharacters',
      'doubleEscapedEntities',
      'printfEscapes'
    ] as const) {
      assert.equal(detect(document, {...defaultOptions, [check]: false}).length, 4, check)
    }
  })
})

describe('no-mojibake: as a remark-lint rule', () => {
  it('reports with rule id, exact positions, actual and expected', async () => {
    assert.deepEqual(await lint('# Deals\n\nthe deal â€” 30%% off\n', [remarkLintNoMojibake]), [
      {
        ruleId: 'no-mojibake',
        source: 'remark-lint',
        range: '3:10-3:13',
        reason: 'Unexpected mojibake `â€”`, expected `—`',
        actual: 'â€”',
        expected: ['—']
      },
      {
        ruleId: 'no-mojibake',
        source: 'remark-lint',
        range: '3:16-3:18',
        reason: 'Unexpected printf escape `%%`, expected `%`',
        actual: '%%',
        expected: ['%']
      }
    ])
  })

  it('keeps exact positions with a byte-order mark and CRLF line endings', async () => {
    const document = '\uFEFF---\r\ntitle: cafÃ©\r\n---\r\n\r\nline one\r\nthe deal â€” 30%% off\r\n'
    const messages = await lint(document, [remarkLintNoMojibake])
    assert.deepEqual(
      messages.map((message) => message.range),
      ['2:11-2:13', '6:10-6:13', '6:16-6:18']
    )
  })

  it('reports the last character of a document with a byte-order mark (found by the property test)', async () => {
    // remark-lint drops messages next to the gap after the last node: it
    // counts their offsets with the byte-order mark, the tree's without.
    // The rule hides the mark from `String(file)` for that (`hideByteOrderMark`).
    const document = '\uFEFFx\n\n\u0080 \u0080\n'
    const messages = await lint(document, [remarkLintNoMojibake])
    assert.deepEqual(
      messages.map((message) => message.range),
      ['3:1-3:2', '3:3-3:4']
    )
  })

  it('reports mojibake in text remark-gfm splits around a bare URL (found by the property test)', async () => {
    const document = 'https://a.example and [see https://b.example â€” here]\n'
    assert.deepEqual(await lint(document, [remarkLintNoMojibake]), [])
    const messages = await lint(document, [remarkPlaceSplitText, remarkLintNoMojibake])
    assert.deepEqual(
      messages.map((message) => [message.range, message.expected]),
      [['1:46-1:49', ['—']]]
    )
  })

  it('honours disable comments', async () => {
    const document = '<!-- lint disable no-mojibake -->\n\ncafÃ©\n\n<!-- lint enable no-mojibake -->\n\nthÃ©\n'
    const messages = await lint(document, [remarkLintNoMojibake])
    assert.deepEqual(
      messages.map((message) => message.range),
      ['7:3-7:5']
    )
  })

  it('gives one fatal message for invalid options, naming the option', async () => {
    assert.deepEqual(await lint('cafÃ©', [[remarkLintNoMojibake, {allow: 'Ã©'}]]), [
      {
        ruleId: 'no-mojibake',
        source: 'remark-lint',
        range: '',
        reason: 'Unexpected value `"Ã©"` for option `allow`, expected an array of strings',
        fatal: true
      }
    ])
    const [unknown] = await lint('x', [[remarkLintNoMojibake, {mojibak: false}]])
    assert.equal(
      unknown!.reason,
      'Unexpected option `mojibak`, expected one of `allow`, `mojibake`, `replacementCharacter`, `controlCharacters`, `doubleEscapedEntities`, `printfEscapes`, `maxMessages`'
    )
    assert.equal(unknown!.fatal, true)
  })

  it('can be turned off with a severity', async () => {
    assert.deepEqual(await lint('cafÃ©', [[remarkLintNoMojibake, false]]), [])
  })
})

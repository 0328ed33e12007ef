import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {applyFixes} from '../../../test/lint.ts'
import {defaultOptions, detectDuplicatedPhrases, type Options} from '../lib/index.ts'

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Run the detector alone and return `[actual, start, end, fix]` rows; the fix is `''` or `undefined`. */
function detect(document: string, options: Partial<Options> = {}) {
  return findings(document, options).map((finding) => [finding.actual, finding.start, finding.end, finding.expected?.[0]])
}

function findings(document: string, options: Partial<Options> = {}) {
  return detectDuplicatedPhrases(parser.parse(document), document, {...defaultOptions, ...options})
}

/** The messages only. */
function messages(document: string, options: Partial<Options> = {}) {
  return findings(document, options).map((finding) => finding.message)
}

describe('no-duplicated-phrases: repeated words and phrases', () => {
  it('reports the second copy of a word with the space before it', () => {
    assert.deepEqual(detect('Put the the cat out.'), [[' the', 7, 11, '']])
    assert.deepEqual(messages('Put the the cat out.'), ['Unexpected repeated word `the`, expected it once'])
  })

  it('keeps the deletions of a third copy apart from the second (found by the property test)', () => {
    assert.deepEqual(detect('Put the the the cat out.'), [
      [' the', 7, 11, ''],
      [' the', 11, 15, '']
    ])
    // The second copy opens a link, so its deletion takes the space after it;
    // the third must not take that space again.
    const document = 'we read\n[read read](https://example.com) now.\n'
    assert.deepEqual(detect(document), [
      ['read ', 9, 14, ''],
      ['read', 14, 18, '']
    ])
    const once = applyFixes(document, findings(document))
    assert.deepEqual(detect(once), [])
  })

  it('reads the text as its earlier fixes leave it (found by the property test)', () => {
    // Deleting both doubled `go` leaves `go home go home`: the second
    // `go go home` is deleted whole, with the fix of the `go` inside it.
    const document = 'We go go home go go home now.'
    assert.deepEqual(detect(document), [
      [' go', 5, 8, ''],
      [' go go home', 13, 24, '']
    ])
    assert.deepEqual(messages(document), [
      'Unexpected repeated word `go`, expected it once',
      'Unexpected repeated phrase `go home`, expected it once'
    ])
    assert.deepEqual(applyFixes(document, findings(document)), 'We go home now.')
    // `home go go home go` loses its second `go` and then repeats `home go`.
    const second = 'We home go go home go today.'
    assert.deepEqual(detect(second), [
      [' go', 10, 13, ''],
      [' home go', 13, 21, '']
    ])
    assert.deepEqual(applyFixes(second, findings(second)), 'We home go today.')
    for (const text of [document, second]) assert.deepEqual(detect(applyFixes(text, findings(text))), [])
  })

  it('compares without case', () => {
    assert.deepEqual(detect('The the cat.'), [[' the', 3, 7, '']])
  })

  it('reports a repeated phrase of two to four words', () => {
    const document = 'The complaint claims that Inspur that inspur continues its operations.'
    assert.deepEqual(detect(document), [[' that inspur', 32, 44, '']])
    assert.deepEqual(messages(document), ['Unexpected repeated phrase `that inspur`, expected it once'])
    assert.deepEqual(detect('The state of the of the art.'), [[' of the', 16, 23, '']])
    assert.deepEqual(detect('He said it in the end in the end again.'), [[' in the end', 21, 32, '']])
    assert.deepEqual(detect('one two three four one two three four'), [[' one two three four', 18, 37, '']])
  })

  it('leaves phrases longer than `maxWords` to the option', () => {
    const document = 'one two three four five one two three four five'
    assert.deepEqual(detect(document), [])
    assert.deepEqual(detect(document, {maxWords: 5}), [[' one two three four five', 23, 47, '']])
    assert.deepEqual(detect('of the of the', {maxWords: 1}), [])
  })

  it('reports every extra copy', () => {
    assert.deepEqual(detect('the the the end'), [
      [' the', 3, 7, ''],
      [' the', 7, 11, '']
    ])
  })

  it('reads across soft line breaks and block quote markers', () => {
    assert.deepEqual(detect('Put the\nthe cat out.'), [['\nthe', 7, 11, '']])
    assert.deepEqual(detect('> Put the\n> the cat out.'), [['\n> the', 9, 15, '']])
  })

  it('reads through emphasis and widens the fix over it', () => {
    assert.deepEqual(detect('Put the **the** cat out.'), [[' **the**', 7, 15, '']])
    assert.deepEqual(detect('Put **the the** cat out.'), [[' the', 9, 13, '']])
    assert.deepEqual(detect('Put *the* the cat out.'), [[' the', 9, 13, '']])
  })

  it('reads into link text and deletes the copy with the space after it', () => {
    const document = 'Read the [the docs](https://example.com) first.'
    assert.deepEqual(detect(document), [['the ', 10, 14, '']])
    assert.equal(applyFixes(document, findings(document)), 'Read the [docs](https://example.com) first.')
  })

  it('deletes markup that holds nothing but the copy', () => {
    assert.deepEqual(detect('Read the [the](https://example.com) docs.'), [[' [the](https://example.com)', 8, 35, '']])
  })

  it('gives no fix when deleting would break markup', () => {
    assert.deepEqual(detect('Read the [the.](https://example.com)'), [['the', 10, 13, undefined]])
  })

  it('maps character references and escapes to their source', () => {
    assert.deepEqual(detect('Our R&amp;D R&amp;D team.'), [[' R&amp;D', 11, 19, '']])
    assert.deepEqual(detect('Use R\\&D R\\&D now.'), [[' R\\&D', 8, 13, '']])
  })

  it('checks headings and table cells', () => {
    assert.deepEqual(detect('# The the guide\n'), [[' the', 5, 9, '']])
    assert.deepEqual(detect('## The The Best Laptops\n'), [[' The', 6, 10, '']])
    assert.deepEqual(detect('| a | b |\n| - | - |\n| in in | c |\n'), [[' in', 24, 27, '']])
  })

  it('reports doubled words in Greek and Cyrillic, and phrases in any spaced script', () => {
    assert.deepEqual(detect('Πήγαμε στο στο σπίτι.'), [[' στο', 10, 14, '']])
    assert.deepEqual(detect('Мы пошли в в магазин.'), [[' в', 10, 12, '']])
    assert.deepEqual(detect('वह घर गया घर गया था।'), [[' घर गया', 9, 16, '']])
  })

  it('reports a doubled function word in capitals', () => {
    assert.deepEqual(detect('THE THE BEST'), [[' THE', 3, 7, '']])
  })
})

describe('no-duplicated-phrases: repeats it leaves alone', () => {
  const quiet: Array<[string, string]> = [
    ['that that', 'I know that that is true.'],
    ['had had', 'They had had enough by noon.'],
    ['is is', 'What it is is a mystery.'],
    ['do do', 'We do do our homework.'],
    ['her her', 'She gave her her keys.'],
    ['Bora Bora', 'We flew to Bora Bora in May.'],
    ['Walla Walla', 'Walla Walla is in Washington.'],
    ['Baden-Baden', 'The spa town of Baden-Baden is old.'],
    ['Sirhan Sirhan', 'The trial of Sirhan Sirhan began.'],
    ['Duran Duran', 'I saw Duran Duran live.'],
    ['a name that starts with a repeated word', 'Find the best Best Buy deals here.'],
    ['emphasis with a comma', 'It was very, very good.'],
    ['no, no', 'No, no, that is wrong.'],
    ['a sentence boundary', 'They left. Left alone, we ate.'],
    ['numbers', 'Score 1 1 and 10 10 in the table.'],
    ['inline code between', 'Set the `the` variable.'],
    ['inline code', 'Run `the the` now.'],
    ['an image between', 'the ![the](a.png) picture'],
    ['inline HTML between', 'the <b>the</b> end'],
    ['a hard break between', 'the\\\nthe end'],
    ['a URL', 'See https://example.com/the the page.'],
    ['a link destination', 'See [the page](https://the.the/the/the) now.'],
    ['HTML attributes', '<a title="the the">x</a>'],
    ['code blocks', '```\nthe the\n```'],
    ['two paragraphs', 'the\n\nthe'],
    ['two list items', '- the\n- the'],
    ['two table cells', '| the | the |\n| - | - |\n| the | the |'],
    ['Chinese', '谢谢谢谢你。天天天天都好。看看看看。'],
    ['Japanese', 'ますますますます、日本語日本語の本。'],
    ['Thai', 'ภาษาไทย ภาษาไทย ดีดี ดีดี'],
    ['Hindi reduplication', 'वह धीरे धीरे चला और बार बार रुका।'],
    ['Persian reduplication', 'کم کم یاد گرفتم.'],
    ['Korean reduplication', '빨리 빨리 오세요.'],
    ['frontmatter', '---\ntitle: the the\n---\n\nText.']
  ]
  for (const [name, document] of quiet) {
    it(name, () => assert.deepEqual(detect(document), []))
  }

  it('takes its allow list from the options, replacing the defaults', () => {
    assert.deepEqual(detect('It was very very good.', {allow: ['very']}), [])
    assert.deepEqual(detect('It was very very good.'), [[' very', 11, 16, '']])
    assert.deepEqual(detect('They had had enough.', {allow: []}), [[' had', 8, 12, '']])
    assert.deepEqual(detect('The state of the of the art.', {allow: ['Of  The']}), [])
  })
})

describe('no-duplicated-phrases: repeated sentences', () => {
  it('reports a sentence repeated in its paragraph, with the space before it', () => {
    const document = 'The sale ends on Friday at noon. Prices rise. The sale ends on friday at  noon.'
    assert.deepEqual(detect(document), [[' The sale ends on friday at  noon.', 45, 79, '']])
    assert.deepEqual(findings(document)[0]?.cause, {start: 0, end: 32, message: 'First copy of the sentence'})
    assert.deepEqual(messages(document), ['Unexpected repeated sentence `The sale ends on friday at noon.`, expected it once'])
  })

  it('reports a sentence repeated at the start of the next paragraph, with the space after it', () => {
    const document = 'Intro. The sale ends on Friday at noon.\n\nThe sale ends on Friday at noon. Come early.'
    assert.deepEqual(detect(document), [['The sale ends on Friday at noon. ', 41, 74, '']])
    assert.deepEqual(findings(document)[0]?.cause?.start, 7)
    assert.equal(applyFixes(document, findings(document)), 'Intro. The sale ends on Friday at noon.\n\nCome early.')
  })

  it('widens the fix over emphasis around the copy', () => {
    assert.deepEqual(detect('The sale ends on Friday at noon. **The sale ends on Friday at noon.**'), [
      [' **The sale ends on Friday at noon.**', 32, 69, '']
    ])
  })

  it('shortens long sentences in the message', () => {
    const sentence = 'This sentence is long enough to be cut short in the message it gives.'
    assert.deepEqual(messages(sentence + ' ' + sentence), [
      'Unexpected repeated sentence `This sentence is long enough to be cut short in the…`, expected it once'
    ])
  })

  it('leaves short sentences, far paragraphs, list items and table cells alone', () => {
    assert.deepEqual(detect('Click Next. Then wait. Click Next.'), [])
    assert.deepEqual(detect('A b c d e f. X.\n\nOther text here.\n\nA b c d e f. Y.'), [])
    assert.deepEqual(detect('1. Click Next to open the page. Wait.\n2. Click Next to open the page. Done.'), [])
    assert.deepEqual(detect('| Not supported on this platform yet. | Not supported on this platform yet. |\n| - | - |'), [])
    assert.deepEqual(detect('# Set up the tool on your machine.\n\nSet up the tool on your machine.'), [])
  })

  it('ends sentences at the full stops of other scripts', () => {
    const sentence = 'वह हर दिन सुबह जल्दी उठता है।'
    assert.deepEqual(detect(sentence + ' ' + sentence), [[' ' + sentence, sentence.length, 2 * sentence.length + 1, '']])
  })

  it('takes the shortest sentence from the options', () => {
    assert.deepEqual(detect('Click Next now. Then wait. Click Next now.', {minSentenceWords: 3}), [
      [' Click Next now.', 26, 42, '']
    ])
    assert.deepEqual(detect('A b c d e f. A b c d e f.', {minSentenceWords: 7}), [])
  })
})

describe('no-duplicated-phrases: repeated paragraphs', () => {
  const paragraph = 'Cherry tomatoes thrive in a large pot with six hours of sun.'

  it('reports the later copy anywhere in the document, with the first as its cause', () => {
    const document = '# Tomatoes\n\n' + paragraph + '\n\n## Care\n\nWater them.\n\n' + paragraph + '\n'
    const start = document.lastIndexOf(paragraph)
    assert.deepEqual(detect(document), [[paragraph, start, start + paragraph.length, '']])
    assert.deepEqual(findings(document)[0]?.cause, {start: 12, end: 12 + paragraph.length, message: 'First copy of the paragraph'})
    assert.deepEqual(messages(document), [
      'Unexpected repeated paragraph `Cherry tomatoes thrive in a large pot with six hours of sun.`, expected it once'
    ])
    assert.equal(applyFixes(document, findings(document)), '# Tomatoes\n\n' + paragraph + '\n\n## Care\n\nWater them.\n\n\n')
  })

  it('folds case, white space and line wrapping, and finds copies in block quotes', () => {
    const rewrapped = 'cherry tomatoes thrive in a large pot\nwith six hours of SUN.'
    assert.deepEqual(detect(paragraph + '\n\n' + rewrapped).length, 1)
    const quoted = paragraph + '\n\n> ' + paragraph
    assert.deepEqual(detect(quoted), [[paragraph, 64, 124, '']])
  })

  it('reports the paragraph, not each of its sentences', () => {
    const twoSentences = 'The sale ends on Friday at noon. Prices rise after that.'
    assert.deepEqual(detect(twoSentences + '\n\n' + twoSentences), [[twoSentences, 58, 114, '']])
  })

  it('leaves short paragraphs and identical list items alone', () => {
    assert.deepEqual(detect('Water them well.\n\nOther.\n\nWater them well.'), [])
    assert.deepEqual(detect('1. ' + paragraph + '\n2. Wait.\n3. ' + paragraph), [])
    assert.deepEqual(detect('- ' + paragraph + '\n\nText.\n\n- ' + paragraph), [])
  })

  it('takes the shortest paragraph from the options', () => {
    assert.deepEqual(detect('Water them well.\n\nOther.\n\nWater them well.', {minParagraphWords: 3}), [
      ['Water them well.', 26, 42, '']
    ])
    assert.deepEqual(detect(paragraph + '\n\nOther.\n\n' + paragraph, {minParagraphWords: 20}), [])
    // Next to each other, the sentence check still sees the copy.
    assert.deepEqual(detect(paragraph + '\n\n' + paragraph, {minParagraphWords: 20}), [[paragraph, 62, 122, '']])
  })
})

describe('no-duplicated-phrases: robustness', () => {
  it('skips trees without positions', () => {
    const tree: Root = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'the the'}]}]}
    assert.deepEqual(detectDuplicatedPhrases(tree, 'the the', defaultOptions), [])
  })

  it('fixes leave nothing to report', () => {
    const document = [
      'Put the the cat **out out**. The state of the of the art.',
      '',
      'The sale ends on Friday at noon. The sale ends on Friday at noon.',
      '',
      'Cherry tomatoes thrive in a large pot with six hours of sun.',
      '',
      'Cherry tomatoes thrive in a large pot with six hours of sun.',
      ''
    ].join('\n')
    const fixed = applyFixes(document, findings(document))
    assert.equal(
      fixed,
      'Put the cat **out**. The state of the art.\n\nThe sale ends on Friday at noon.\n\nCherry tomatoes thrive in a large pot with six hours of sun.\n\n\n'
    )
    assert.deepEqual(detect(fixed), [])
  })
})

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {applyFixes} from '../../../test/lint.ts'
import {defaultOptions, detectDuplicatedPhrases, type Options} from '../lib/index.ts'

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/**
 * Run the detector alone and return `[actual, start, end, repair]` rows: the
 * repair is the fix (`''` deletes), `'suggestion: '` and the replacement when
 * it is only for a person to confirm, or `undefined`.
 */
function detect(document: string, options: Partial<Options> = {}) {
  return findings(document, options).map((finding) => [
    finding.actual,
    finding.start,
    finding.end,
    finding.expected && finding.suggestion ? 'suggestion: ' + finding.expected[0] : finding.expected?.[0]
  ])
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
    const document = 'we the\n[the the](https://example.com) now.\n'
    assert.deepEqual(detect(document), [
      ['the ', 8, 12, ''],
      ['the', 12, 15, '']
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
    // Deleting a whole link, its destination too, is for a person to confirm.
    assert.deepEqual(detect('Read the [the](https://example.com) docs.'), [[' [the](https://example.com)', 8, 35, 'suggestion: ']])
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
    assert.deepEqual(detect('It was good good fun.', {allow: ['good']}), [])
    assert.deepEqual(detect('It was good good fun.'), [[' good', 11, 16, '']])
    assert.deepEqual(detect('It was very very good.', {allow: []}), [[' very', 11, 16, '']])
    assert.deepEqual(detect('They had had enough.', {allow: []}), [[' had', 8, 12, '']])
    assert.deepEqual(detect('The state of the of the art.', {allow: ['Of  The']}), [])
  })
})

describe('no-duplicated-phrases: repeated sentences', () => {
  it('reports a sentence repeated in its paragraph, with the space before it', () => {
    const document = 'The sale ends on Friday at noon. Prices rise. The sale ends on friday at  noon.'
    assert.deepEqual(detect(document), [[' The sale ends on friday at  noon.', 45, 79, 'suggestion: ']])
    assert.deepEqual(findings(document)[0]?.cause, {start: 0, end: 32, message: 'First copy of the sentence'})
    assert.deepEqual(messages(document), ['Unexpected repeated sentence `The sale ends on friday at noon.`, expected it once'])
  })

  it('deletes a copy that opens its paragraph with the space after it', () => {
    const document = 'The sale ends on Friday at noon. The sale ends on Friday at noon. Come early.'
    assert.deepEqual(detect(document), [[' The sale ends on Friday at noon.', 32, 65, 'suggestion: ']])
    assert.equal(applyFixes(document, findings(document)), 'The sale ends on Friday at noon. Come early.')
  })

  it('leaves a sentence that the next paragraph says again: parallel definitions and notes', () => {
    assert.deepEqual(detect('Intro. The sale ends on Friday at noon.\n\nThe sale ends on Friday at noon. Come early.'), [])
    const definitions =
      '`lineColor`\n: The color of line numbers. Defaults to the color the selected style sets.\n\n' +
      '`lineBackground`\n: The background of line numbers. Defaults to the color the selected style sets.'
    assert.deepEqual(detect(definitions), [])
  })

  it('widens the fix over emphasis around the copy', () => {
    assert.deepEqual(detect('The sale ends on Friday at noon. **The sale ends on Friday at noon.**'), [
      [' **The sale ends on Friday at noon.**', 32, 69, 'suggestion: ']
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
    assert.deepEqual(detect(sentence + ' ' + sentence), [[' ' + sentence, sentence.length, 2 * sentence.length + 1, 'suggestion: ']])
  })

  it('takes the shortest sentence from the options', () => {
    assert.deepEqual(detect('Click Next now. Then wait. Click Next now.', {minSentenceWords: 3}), [
      [' Click Next now.', 26, 42, 'suggestion: ']
    ])
    assert.deepEqual(detect('A b c d e f. A b c d e f.', {minSentenceWords: 7}), [])
  })
})

describe('no-duplicated-phrases: repeated paragraphs and passages', () => {
  const paragraph = 'Cherry tomatoes thrive in a large pot with six hours of sun.'
  const second = 'Pinch out the side shoots every week so the plant puts its strength into fruit.'
  const third = 'Feed them with a potash-rich fertiliser once the first flowers open.'

  it('reports a paragraph pasted right after itself, with the first as its cause, as a suggestion', () => {
    const document = '# Tomatoes\n\n' + paragraph + '\n\n' + paragraph + '\n'
    const start = document.lastIndexOf(paragraph)
    assert.deepEqual(detect(document), [[paragraph + '\n', start, document.length, 'suggestion: ']])
    assert.deepEqual(findings(document)[0]?.cause, {start: 12, end: 12 + paragraph.length, message: 'First copy of the paragraph'})
    assert.deepEqual(messages(document), [
      'Unexpected repeated paragraph `Cherry tomatoes thrive in a large pot with six hours of sun.`, expected it once'
    ])
    assert.equal(applyFixes(document, findings(document)), '# Tomatoes\n\n' + paragraph + '\n\n')
  })

  it('folds case, white space and line wrapping, and finds copies in block quotes', () => {
    const rewrapped = 'cherry tomatoes thrive in a large pot\nwith six hours of SUN.'
    assert.deepEqual(detect(paragraph + '\n\n' + rewrapped).length, 1)
    // The block quote it fills goes with it.
    assert.deepEqual(detect(paragraph + '\n\n> ' + paragraph), [['> ' + paragraph, 62, 124, 'suggestion: ']])
  })

  it('reports the paragraph, not each of its sentences', () => {
    const twoSentences = 'The sale ends on Friday at noon. Prices rise after that.'
    assert.deepEqual(detect(twoSentences + '\n\n' + twoSentences), [[twoSentences, 58, 114, 'suggestion: ']])
  })

  it('reports a run of blocks pasted right after itself once, as a passage', () => {
    const run = '## Care\n\n' + paragraph + '\n\n' + second + '\n\n'
    const document = run + run + 'The end.\n'
    // With the blank line after it, so that deleting it leaves the page as it was.
    assert.deepEqual(detect(document), [[run, run.length, 2 * run.length, 'suggestion: ']])
    assert.deepEqual(messages(document), ['Unexpected repeated passage of 3 blocks `Care`, expected it once'])
    assert.deepEqual(findings(document)[0]?.cause, {start: 0, end: run.length - 2, message: 'First copy of the passage'})
  })

  it('deletes a copy in whole lines, keeping the indentation of what follows', () => {
    const nested = '- Pots\n  - ' + paragraph + '\n  - ' + paragraph + '\n  - Soil.\n'
    assert.equal(applyFixes(nested, findings(nested)), '- Pots\n  - ' + paragraph + '\n  - Soil.\n')
    const code = paragraph + '\n\n' + paragraph + '\n\n    indented code\n'
    assert.equal(applyFixes(code, findings(code)), paragraph + '\n\n    indented code\n')
    // Text before it on its line: only the copy itself goes.
    const quoted = '> ' + paragraph + '\n>\n> ' + paragraph + '\n>\n> More.\n'
    assert.deepEqual(detect(quoted).map((row) => row[0]), [paragraph])
  })

  it('reports the body repeated further on when the copy is a large share of the page', () => {
    const body = [paragraph, second, third].join('\n\n')
    const document = body + '\n\n<div class="ad">Sponsored</div>\n\n' + body + '\n'
    const start = document.lastIndexOf(paragraph)
    assert.deepEqual(detect(document), [[body + '\n', start, document.length, 'suggestion: ']])
  })

  it('reports an entry listed twice in one list', () => {
    const document = '* ' + paragraph + '\n* ' + second + '\n* ' + third + '\n* ' + paragraph + '\n'
    // The whole item, marker and line ending: no empty bullet is left.
    const start = document.lastIndexOf('* ' + paragraph)
    assert.deepEqual(detect(document), [['* ' + paragraph + '\n', start, document.length, 'suggestion: ']])
    assert.equal(applyFixes(document, findings(document)), '* ' + paragraph + '\n* ' + second + '\n* ' + third + '\n')
  })

  it('leaves a note, a see-also line or a step said again in another section', () => {
    const note = '> [!NOTE]\n> Restart the server after you change this setting for it to apply.'
    assert.deepEqual(detect('## One\n\n' + note + '\n\n## Two\n\nText.\n\n' + note + '\n'), [])
    const learn = 'Learn more about shortcodes in the shortcode templates section of this guide.'
    assert.deepEqual(detect(learn + '\n\n## Other\n\nSomething else entirely.\n\n' + learn + '\n'), [])
    const steps = (thing: string) => '1. Open the settings page of your router.\n2. Choose ' + thing + '.\n3. Click Save.\n'
    assert.deepEqual(detect('## Wi-Fi\n\n' + steps('wireless') + '\n## Wired\n\n' + steps('ethernet')), [])
  })

  it('leaves a passage repeated further on when it is a small share of the page', () => {
    const passage = [paragraph, second, third].join('\n\n')
    const filler = Array.from({length: 12}, (_, index) => 'Section ' + index + ' talks about another part of growing vegetables at home.').join('\n\n')
    assert.deepEqual(detect(passage + '\n\n' + filler + '\n\n' + passage + '\n'), [])
  })

  it('leaves a paragraph said three times or more: a refrain, an example repeated on purpose', () => {
    const item = '1. `setCount(count + 1)`: `count` is `0` so this asks for `1` on the next render.\n'
    assert.deepEqual(detect(item + item + item), [])
    const note = 'Everyone is welcome to help with this task at any time during the week.'
    assert.deepEqual(detect(['- Writer.\n\n  ' + note, '- Tester.\n\n  ' + note, '- Coder.\n\n  ' + note].join('\n\n')), [])
  })

  it('leaves short paragraphs and a list item that only shares a paragraph with another', () => {
    assert.deepEqual(detect('Water them well.\n\nWater them well.'), [])
    assert.deepEqual(detect('- Writer.\n\n  ' + paragraph + '\n- Tester.\n\n  ' + paragraph), [])
  })

  it('takes the shortest paragraph from the options', () => {
    assert.deepEqual(detect('Water them well.\n\nWater them well.', {minParagraphWords: 3}), [
      ['Water them well.', 18, 34, 'suggestion: ']
    ])
    assert.deepEqual(detect(paragraph + '\n\n' + paragraph, {minParagraphWords: 20}), [])
  })
})

describe('no-duplicated-phrases: real false alarms, in the project’s own words', () => {
  const quiet: Array<[string, string]> = [
    ['dimensions', 'The crate measures 300 x 300 x 400 mm when packed.'],
    ['dimensions in inches', 'Each tile is 1.5 x 1.5 x 0.8 in and weighs little.'],
    ['equal table cells', '| Plan | RAM | Disk |\n| - | - | - |\n| Basic | 8 GB | 8 GB |'],
    ['German articles and relative pronouns', '---\nlang: de\n---\n\nDie Frau, die die Blumen kauft, und der Mann, der der Frau hilft.'],
    ['German found by its stop words', 'Das ist das Haus, das das Kind gemalt hat, und die Katze, die die Maus sieht.'],
    ['Dutch dat dat', 'Ik weet dat dat niet klopt, maar het is wel zo en het is ook niet erg.'],
    ['French reflexive pronouns', 'Nous nous sommes levés tôt et vous vous êtes trompés de route, je crois.'],
    ['French de bout en bout', 'Le chiffrement de bout en bout en place, le message est protégé.'],
    ['fill in in', 'Fill in in the form below and send it.'],
    ['a repeated predicate', 'A file whose parent is ignored is ignored too.'],
    ['a clause that ends with it', 'When you set it it is saved at once.'],
    ['much much more', 'There is much much more to see.'],
    ['many many', 'Many many issues were closed this year.'],
    ['boo boo', 'The child showed us a boo boo on her knee.'],
    ['said three times', 'We said ha ha ha and the tasks were done done done.'],
    ['press and press and hold', 'To reset, press and press and hold the button.'],
    ['hand in hand', 'Speed and safety go hand in hand in this design.'],
    ['a nesting phrase', 'It is the first child of the first child of the root.'],
    ['a stranded preposition and an infinitive', 'This is the buffer the thread may write to to store its result.'],
    ['a list whose items share words', 'Skills: graphic design, web design, web front-end work.'],
    ['a container title', '::: tip Note\nNote that the value is read once.\n:::'],
    ['a name after a lower-case copy', 'Find the best Best Buy deals here.']
  ]
  for (const [name, document] of quiet) {
    it('leaves ' + name + ' alone', () => assert.deepEqual(detect(document), []))
  }

  it('reports German doubling in an English document', () => {
    assert.deepEqual(detect('Please read the the die die manual.').length, 2)
  })

  it('reports a doubled function word even three times', () => {
    assert.deepEqual(detect('Put the the the lid on.').length, 2)
  })

  it('reports `of the of the`, which does not nest', () => {
    assert.deepEqual(detect('A static version of the of the page.'), [[' of the', 23, 30, '']])
  })
})

describe('no-duplicated-phrases: real misses, in the project’s own words', () => {
  it('reports repeats in headings, even capitalised', () => {
    assert.deepEqual(detect('## Other Phones Phones?\n'), [[' Phones', 15, 22, '']])
    assert.deepEqual(detect('## More about about the tool\n'), [[' about', 13, 19, '']])
  })

  it('reports repeated capitalised names and acronyms', () => {
    assert.deepEqual(detect('The MSI MPG MPG board.'), [[' MPG', 11, 15, '']])
    assert.deepEqual(detect('The Xiaomi Xiaomi Redmi phone.'), [[' Xiaomi', 10, 17, '']])
    assert.deepEqual(detect('An Intel Core CORE Ultra chip.'), [[' CORE', 13, 18, '']])
  })

  it('reports doubled possessives', () => {
    assert.deepEqual(detect('Read Corsair’s Corsair’s manual and the owner\'s owner\'s guide.'), [
      [' Corsair’s', 14, 24, ''],
      [" owner's", 47, 55, '']
    ])
  })

  it('reports a label pasted on both sides of a link', () => {
    assert.deepEqual(detect('See [Best Budget](https://example.com) Best Budget picks.'), [
      [' Best Budget', 38, 50, '']
    ])
  })

  it('reports repeats in the text of raw HTML', () => {
    assert.deepEqual(detect('Read <a href="/x"><u>New New Ways to Edit</u></a> now.'), [[' New', 24, 28, '']])
    assert.deepEqual(detect('<div>\n<a href="/x"><u>New New Ways to Edit</u></a>\n</div>\n'), [[' New', 25, 29, '']])
    assert.deepEqual(detect('<p>Tools for for Recording</p>\n'), [[' for', 12, 16, '']])
  })
})

describe('no-duplicated-phrases: slips that look like grammar, found in review', () => {
  const slips = [
    'The flag is set to to true.',
    'We went to to the park.',
    'This is a is a problem.',
    'This is due to due to a bug.',
    'Make sure it it is installed.',
    'If it it fails, retry.',
    'See how the cache is is cleared.',
    'Check the permissions of the file of the file.',
    'Make sure there there is a file.',
    'Turn off off the light.',
    'Old processes die die quickly.'
  ]
  for (const slip of slips) {
    it('reports ' + JSON.stringify(slip), () => assert.equal(detect(slip).length, 1))
  }

  it('reads a paragraph said three times in a row as meant, and a paste after a note said elsewhere as a slip', () => {
    const paragraph = 'Cherry tomatoes thrive in a large pot with six hours of sun.'
    assert.deepEqual(detect([paragraph, paragraph, paragraph].join('\n\n')), [])
    const document = '## Pots\n\n' + paragraph + '\n\n## Care\n\nWater them.\n\n' + paragraph + '\n\n' + paragraph + '\n'
    const start = document.lastIndexOf(paragraph)
    assert.deepEqual(detect(document), [[paragraph + '\n', start, document.length, 'suggestion: ']])
  })

  it('tells a heading from a paragraph with the same words', () => {
    const words = 'Cherry tomatoes thrive in a large pot with sun'
    assert.deepEqual(detect('## ' + words + '\n\n' + words + '\n'), [])
  })

  it('never cuts a message inside a surrogate pair', () => {
    const paragraph = 'a b c d e f g h i ' + 'x'.repeat(38) + '😀' + 'y'.repeat(20)
    const [message] = messages(paragraph + '\n\n' + paragraph)
    assert.ok(message?.includes('😀…'), message)
  })
})

describe('no-duplicated-phrases: what it fixes and what it only suggests', () => {
  it('fixes an immediate repeat in prose', () => {
    assert.deepEqual(detect('Put the the cat out.'), [[' the', 7, 11, '']])
  })

  it('only suggests deleting a repeat next to a number', () => {
    assert.deepEqual(detect('The shelf is 30 cm cm wide.'), [[' cm', 18, 21, 'suggestion: ']])
    assert.deepEqual(detect('Use the new edition edition 2024 rules.'), [[' edition', 19, 27, 'suggestion: ']])
    assert.deepEqual(detect('It holds 8 GB 8 GB of memory.'), [[' 8 GB', 13, 18, 'suggestion: ']])
  })

  it('only suggests deleting a word stressed in one copy only, and fixes words stressed in both', () => {
    assert.deepEqual(detect('We need fast builds fast *builds* now.'), [[' fast *builds*', 19, 33, 'suggestion: ']])
    assert.deepEqual(detect('**Warning** **Warning** do not touch.'), [[' **Warning**', 11, 23, '']])
    assert.deepEqual(detect('This may actually *actually* work.'), [[' *actually*', 17, 28, 'suggestion: ']])
    assert.deepEqual(detect('- **Const Functions** Const functions run at compile time.'), [
      [' Const functions', 21, 37, 'suggestion: ']
    ])
  })

  it('only suggests deleting a repeated sentence or paragraph', () => {
    const sentence = 'The sale ends on Friday at noon.'
    assert.ok(findings(sentence + ' ' + sentence).every((finding) => finding.suggestion === true))
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
      'Put the cat **out**. The state of the art.\n\nThe sale ends on Friday at noon.\n\nCherry tomatoes thrive in a large pot with six hours of sun.\n\n'
    )
    assert.deepEqual(detect(fixed), [])
  })
})

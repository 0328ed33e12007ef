import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import remarkMdx from 'remark-mdx'
import {applyFixes, lint} from '../../../test/lint.ts'
import remarkLintNoScraperBoilerplate from '../lib/index.ts'

/** Lint with the rule and return `range reason` lines. */
async function report(document: string, options?: object): Promise<string[]> {
  const messages = await lint(document, [
    options === undefined ? remarkLintNoScraperBoilerplate : [remarkLintNoScraperBoilerplate, options]
  ])
  for (const message of messages) {
    assert.equal(message.ruleId, 'no-scraper-boilerplate')
    if (!message.fatal) assert.deepEqual(message.expected, [''])
  }
  return messages.map((message) => message.range + ' ' + message.reason)
}

/** `count` list items, each one link to a page of `site`. */
function linkItems(count: number, site: string, bullet = '*'): string[] {
  return Array.from({length: count}, (_, index) => bullet + ' [How to fix problem number ' + index + '](https://' + site + '/post-' + index + ')')
}

describe('no-scraper-boilerplate: link farms', () => {
  it('reports an "Also read" label and its HTML list as one block', async () => {
    const document = [
      'The article ends here.',
      '',
      '<span class="also">Also read:</span>',
      '<div><ul>',
      '<li><a href="https://a.farm.example/one"><u>First story here</u></a></li>',
      '<li><a href="https://b.farm.example/two"><u>Second story here</u></a></li>',
      '<li><a href="https://farm.example/three"><u>Third story here</u></a></li>',
      '</ul></div>',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '3:1-8:12 Unexpected link farm `Also read:` of 3 links to `farm.example`, expected no scraped page furniture'
    ])
  })

  it('reports a markdown "Related posts" heading and its list', async () => {
    const document = ['# Title', '', 'Body.', '', '## Related posts', '', ...linkItems(4, 'blog.example'), ''].join('\n')
    assert.deepEqual(await report(document), [
      '5:1-10:61 Unexpected link farm `Related posts` of 4 links to `blog.example`, expected no scraped page furniture'
    ])
  })

  it('reports "You may also like:" as a paragraph label', async () => {
    const document = ['Body.', '', 'You may also like:', '', ...linkItems(3, 'news.example', '-'), ''].join('\n')
    assert.deepEqual(await report(document), [
      '3:1-7:61 Unexpected link farm `You may also like:` of 3 links to `news.example`, expected no scraped page furniture'
    ])
  })

  it('reports a long unlabelled list of article links to one site at the end', async () => {
    const document = ['# Title', '', 'Body text.', '', ...linkItems(12, 'farm.example'), ''].join('\n')
    assert.deepEqual(await report(document), [
      '5:1-16:63 Unexpected link farm of 12 links to `farm.example`, expected no scraped page furniture'
    ])
  })

  it('leaves a README "See also", awesome lists, references, docs navigation and release notes alone', async () => {
    const document = [
      '# Project',
      '',
      '## See also',
      '',
      '* [remark](https://github.com/remarkjs/remark)',
      '* [unified](https://github.com/unifiedjs/unified)',
      '* [mdast](https://github.com/syntax-tree/mdast)',
      '',
      '## Awesome',
      '',
      ...Array.from({length: 12}, (_, index) => '* [Tool ' + index + '](https://github.com/o/tool-' + index + ') - A tool that does thing ' + index + '.'),
      '',
      '## References',
      '',
      ...Array.from({length: 12}, (_, index) => '1. [A paper on topic ' + index + '](https://site' + index + '.example/paper)'),
      '',
      '## Docs',
      '',
      ...Array.from({length: 12}, (_, index) => '* [Guide chapter number ' + index + '](./guide/' + index + '.md)'),
      '',
      '## Changelog',
      '',
      ...Array.from({length: 12}, (_, index) => '* Fix crash number ' + index + ' in [#' + index + '](https://github.com/o/r/pull/' + index + ')'),
      '',
      '## Related posts',
      '',
      '* [One post](https://blog.example/1)',
      '* [Another post](https://blog.example/2)',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [])
  })

  it('leaves a long list under its own heading alone', async () => {
    const document = ['# Title', '', '## My talks', '', ...linkItems(12, 'talks.example'), ''].join('\n')
    assert.deepEqual(await report(document), [])
  })
})

describe('no-scraper-boilerplate: newsletter sign-up blocks', () => {
  it('reports from the sign-up heading to the small print', async () => {
    const document = [
      'Body.',
      '',
      '## Keep Up: Get the Example Weekly Newsletter',
      '',
      'The best stories, straight to your inbox.',
      '',
      'By submitting your information you agree to the [Terms](https://x.example/t) and [Privacy Policy](https://x.example/p) and are aged 16 or over.',
      '',
      'More body.',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '3:1-7:144 Unexpected newsletter sign-up block, expected no scraped page furniture'
    ])
  })

  it('needs both a sign-up phrase and the small print, close together', async () => {
    assert.deepEqual(await report('Subscribe to our newsletter for release news.\n\nRead the privacy policy.\n'), [])
    const far = ['Sign up for the newsletter.', '', 'A.', '', 'B.', '', 'C.', '', 'D.', '', 'E.', '', 'You agree to our terms and privacy rules.', ''].join('\n')
    assert.deepEqual(await report(far), [])
  })
})

describe('no-scraper-boilerplate: page furniture', () => {
  it('covers only the furniture of loose text between `<br>` tags, never the markdown after it', async () => {
    const document = '<br>\nLatest videos from us\n\nKeep me, a paragraph the writer meant.\n\n<br>\n'
    const messages = await lint(document, [remarkLintNoScraperBoilerplate])
    assert.deepEqual(
      messages.map((message) => [message.range, message.actual, message.expected]),
      [['2:1-2:22', 'Latest videos from us', ['']]]
    )
    assert.equal(applyFixes(document, [{start: 5, end: 26, expected: messages[0]!.expected}]), '<br>\n\n\nKeep me, a paragraph the writer meant.\n\n<br>\n')
  })

  it('covers loose text in a block quote from its first word, and loose text with entities or CRLF', async () => {
    assert.deepEqual(await report('> <br>\n> Share this\n> article\n'), [
      '2:3-3:10 Unexpected page furniture `Share this\\n  article`, expected no scraped page furniture'
    ])
    assert.deepEqual(await report('> <br>\n> Share this article\n'), [
      '2:3-2:21 Unexpected page furniture `Share this article`, expected no scraped page furniture'
    ])
    assert.deepEqual(await report('<br>\r\nShare&nbsp;this article &amp; more\r\n'), [
      '2:1-2:35 Unexpected page furniture `Share\\u00A0this article & more`, expected no scraped page furniture'
    ])
  })

  it('reads inline HTML in table cells, whose text GFM split around a bare URL has no place, without failing', async () => {
    // GFM splits `www.example.net/path` out of the cell's text as a link; the text left around it has no place.
    const row = '| <span title="x">www.example.net/path &amp; the</span> |'
    const messages = await lint(row + '\n| --- |\n' + row + '\n', [remarkLintNoScraperBoilerplate])
    assert.deepEqual(messages.map((message) => message.range + ' ' + message.reason), [])
  })

  it('never takes an element that reaches over a paragraph of the post as a block', async () => {
    const document = '<div>\n\nKeep this paragraph, the writer meant it.\n\n</strong>\nShare this article</div>\n'
    const messages = await lint(document, [remarkLintNoScraperBoilerplate])
    assert.deepEqual(messages.map((message) => [message.range, message.actual]), [['6:1-6:19', 'Share this article']])
  })

  it('reports furniture lines', async () => {
    const document = [
      'Body.',
      '',
      ' LATEST VIDEOS FROM example Example Site',
      '',
      'Share this article:',
      '',
      '<p>Leave a comment</p>',
      '',
      'Advertisement',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '3:2-3:41 Unexpected page furniture `LATEST VIDEOS FROM example Example Site`, expected no scraped page furniture',
      '5:1-5:20 Unexpected page furniture `Share this article:`, expected no scraped page furniture',
      '7:1-7:23 Unexpected page furniture `Leave a comment`, expected no scraped page furniture',
      '9:1-9:14 Unexpected page furniture `Advertisement`, expected no scraped page furniture'
    ])
  })

  it('reports furniture after a stray end tag, leaving the markdown before it alone', async () => {
    assert.deepEqual(await report('<br>\n\n*Kept.*\n\n</span>\nShare this article\n'), [
      '6:1-6:19 Unexpected page furniture `Share this article`, expected no scraped page furniture'
    ])
  })

  it('reports furniture after an end tag the parser makes an element of (`</p>`, `</br>`)', async () => {
    for (const stray of ['<p>x</p></p>', '<b>x</b></br>']) {
      assert.deepEqual(await report(stray + '\n\nText.\n\n<p>Share this article</p>\n'), [
        '5:1-5:26 Unexpected page furniture `Share this article`, expected no scraped page furniture'
      ], stray)
    }
  })

  it('leaves prose that merely starts with such words alone', async () => {
    const document = [
      'Advertisements of the 1950s relied on print, which this chapter explores in depth with many examples from the archives.',
      '',
      'Sharecroppers and share options are not share prompts.',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [])
  })

  it('reports the "Stay On the Cutting Edge" heading once, inside its sign-up block', async () => {
    const document = [
      '## Stay On the Cutting Edge: Get the Example Newsletter',
      '',
      'By signing up you agree to our Terms of Use and Privacy Policy.',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '1:1-3:64 Unexpected newsletter sign-up block, expected no scraped page furniture'
    ])
  })
})

describe('no-scraper-boilerplate: options', () => {
  it('adds labels and phrases', async () => {
    const document = ['Body.', '', 'From our network', '', ...linkItems(3, 'net.example'), '', 'Download our app now', ''].join('\n')
    assert.deepEqual(await report(document), [])
    assert.deepEqual(await report(document, {labels: ['from our network'], phrases: ['Download our app']}), [
      '3:1-7:60 Unexpected link farm `From our network` of 3 links to `net.example`, expected no scraped page furniture',
      '9:1-9:21 Unexpected page furniture `Download our app now`, expected no scraped page furniture'
    ])
  })

  it('turns each check off', async () => {
    const document = [
      'Also read:',
      '',
      ...linkItems(3, 'farm.example'),
      '',
      'Get our newsletter. By subscribing you agree to our terms.',
      '',
      'Print this page',
      ''
    ].join('\n')
    const all = await report(document)
    assert.equal(all.length, 3)
    assert.deepEqual(await report(document, {linkFarms: false}), all.slice(1))
    assert.deepEqual(await report(document, {newsletters: false}), [all[0], all[2]])
    assert.deepEqual(await report(document, {furniture: false}), all.slice(0, 2))
  })

  it('gives one fatal message for invalid options', async () => {
    const messages = await lint('Text.\n', [[remarkLintNoScraperBoilerplate, {labels: [1]}]])
    assert.deepEqual(
      messages.map((message) => [message.reason, message.fatal]),
      [['Unexpected value `[1]` for option `labels`, expected an array of strings', true]]
    )
  })
})

describe('no-scraper-boilerplate: MDX JSX, as remark-mdx parses it', () => {
  it('reads the blocks inside JSX elements like those inside HTML', async () => {
    const document = [
      'Text of the post.',
      '',
      '<div className="share">',
      '  Share this article',
      '</div>',
      '',
      '<p>Leave a comment</p>',
      '',
      '<section>',
      '',
      'Also read:',
      '',
      '* [How to fix one](https://x.example/1)',
      '* [How to fix two](https://x.example/2)',
      '* [How to fix three](https://x.example/3)',
      '',
      '</section>',
      ''
    ].join('\n')
    const messages = await lint(document, [remarkMdx, remarkLintNoScraperBoilerplate])
    assert.deepEqual(
      messages.map((message) => message.range + ' ' + message.reason),
      [
        '4:3-4:21 Unexpected page furniture `Share this article`, expected no scraped page furniture',
        '7:1-7:23 Unexpected page furniture `Leave a comment`, expected no scraped page furniture',
        '11:1-15:42 Unexpected link farm `Also read:` of 3 links to `x.example`, expected no scraped page furniture'
      ]
    )
  })

  it('leaves attribute values and expressions alone: they are not text of the page', async () => {
    const document = '<ShareButtons label="Share this article" />\n\n{"Leave a comment"}\n\nText of the post.\n'
    assert.deepEqual(await lint(document, [remarkMdx, remarkLintNoScraperBoilerplate]), [])
  })
})


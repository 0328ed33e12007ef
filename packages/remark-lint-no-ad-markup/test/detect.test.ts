import assert from 'node:assert/strict'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, it} from 'node:test'
import remarkMdx from 'remark-mdx'
import {applyFixes, lint} from '../../../test/lint.ts'
import remarkLintNoAdMarkup, {loadFilterLists} from '../lib/index.ts'

/** Lint with the rule and return `range reason` lines. */
async function report(document: string, options?: object): Promise<string[]> {
  const messages = await lint(document, [options === undefined ? remarkLintNoAdMarkup : [remarkLintNoAdMarkup, options]])
  for (const message of messages) assert.equal(message.ruleId, 'no-ad-markup')
  return messages.map((message) => message.range + ' ' + message.reason)
}

describe('no-ad-markup: ad slots and ad code', () => {
  it('reports an AdSense slot and its push script as one unit', async () => {
    const document = [
      'Text.',
      '',
      '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>',
      '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
      ''
    ].join('\n')
    const messages = await lint(document, [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason, message.expected]),
      [['3:1-4:68', 'Unexpected ad unit (AdSense slot, AdSense script), expected no ad markup', ['']]]
    )
    assert.equal(messages[0]!.actual, document.slice(7, -1))
  })

  it('groups a unit the same way with CRLF and CR line endings', async () => {
    const lines = [
      'Text.',
      '',
      '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>',
      '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
      ''
    ]
    for (const ending of ['\r\n', '\r']) {
      assert.deepEqual(await report(lines.join(ending)), [
        '3:1-4:68 Unexpected ad unit (AdSense slot, AdSense script), expected no ad markup'
      ])
    }
  })

  it('reports a Google Publisher Tag slot with its script', async () => {
    const document = [
      '<div id="div-gpt-ad-1234-0">',
      "<script>googletag.cmd.push(function () { googletag.display('div-gpt-ad-1234-0') })</script>",
      '</div>',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '1:1-3:7 Unexpected ad unit (Google Publisher Tag slot, Google Publisher Tag script), expected no ad markup'
    ])
  })

  it('reports scripts, frames and images from ad servers', async () => {
    const document = [
      '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>',
      '',
      '<iframe src="https://ad.doubleclick.net/ddm/adi/x" width="300" height="250"></iframe>',
      '',
      '<script src="//cdn.taboola.com/libtrc/site/loader.js"></script>',
      '',
      '![](https://c.amazon-adsystem.com/e/ir?t=x)',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '1:1-1:93 Unexpected ad script from `pagead2.googlesyndication.com`, expected no ad markup',
      '3:1-3:86 Unexpected ad frame from `ad.doubleclick.net`, expected no ad markup',
      '5:1-5:64 Unexpected ad script from `cdn.taboola.com`, expected no ad markup',
      '7:1-7:44 Unexpected ad image from `c.amazon-adsystem.com`, expected no ad markup'
    ])
  })

  it('reports an ad slot wrapper around a markdown banner as one unit', async () => {
    const document = '<div class="ad-slot">\n\n[![Sale](https://cdn.example/b.png)](https://brand.pxf.io/c/1/2/3)\n\n</div>\n'
    assert.deepEqual(await report(document), [
      '1:1-5:7 Unexpected ad unit (ad slot, Impact affiliate banner), expected no ad markup'
    ])
  })

  it('reports an AdSense slot after an end tag the parser makes an element of (`</p>`, `</br>`)', async () => {
    const slot = '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>'
    for (const stray of ['<p>x</p></p>', '<b>x</b></br>']) {
      assert.deepEqual(await report('# T\n\nHello\n\n' + stray + '\n\n' + slot + '\n\n' + stray + '\n'), [
        '7:1-7:58 Unexpected AdSense slot, expected no ad markup'
      ], stray)
      assert.deepEqual(await report(stray + '\n' + slot + '\n'), ['2:1-2:58 Unexpected AdSense slot, expected no ad markup'], stray)
    }
  })

  it('maps HTML in block quotes to exact columns', async () => {
    assert.deepEqual(await report('> Quote.\n>\n> <ins class="adsbygoogle"></ins>\n'), [
      '3:3-3:34 Unexpected AdSense slot, expected no ad markup'
    ])
  })
})

describe('no-ad-markup: marker comments and units', () => {
  const banner = [
    'Before.',
    '',
    '<!-- affiliate ads begin -->',
    '<a href="https://shop.pxf.io/c/11/22/33" target="_top">',
    '  <img src="//a.impactradius-go.com/display-ad/33-22" width="728" height="90"/>',
    '</a>',
    '<img height="0" width="0" src="https://shop.pxf.io/i/11/22/33" style="visibility:hidden;" />',
    '<!-- affiliate ads end -->',
    '',
    'After.',
    ''
  ].join('\n')

  it('reports the block between marker comments once, naming its parts', async () => {
    const messages = await lint(banner, [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason]),
      [
        [
          '3:1-8:27',
          'Unexpected ad unit (ad marker comments, Impact affiliate banner, Impact affiliate image, tracking pixel from `shop.pxf.io`), expected no ad markup'
        ]
      ]
    )
    const start = banner.indexOf('<!--')
    const end = banner.indexOf('end -->') + 'end -->'.length
    assert.equal(applyFixes(banner, [{start, end, expected: messages[0]!.expected}]), 'Before.\n\n\n\nAfter.\n')
  })

  it('reports a banner with its pixel as one unit without markers', async () => {
    const document = banner.replace(/<!--.*-->\n/g, '')
    assert.deepEqual(await report(document), [
      '3:1-6:93 Unexpected ad unit (Impact affiliate banner, Impact affiliate image, tracking pixel from `shop.pxf.io`), expected no ad markup'
    ])
  })

  it('reports an unpaired ad marker comment', async () => {
    assert.deepEqual(await report('<!-- Advertisement -->\n\nText.\n'), [
      '1:1-1:23 Unexpected ad marker comment, expected no ad markup'
    ])
  })

  it('reports a marked block even when markdown stands inside it', async () => {
    const document = '<!-- ads start -->\n\n[Great deal](https://shop.example/item)\n\n<!-- ads end -->\n'
    assert.deepEqual(await report(document), ['1:1-5:17 Unexpected ad marker comments, expected no ad markup'])
  })
})

describe('no-ad-markup: affiliate links', () => {
  const networks: Array<[string, string]> = [
    ['https://versadesk.pxf.io/c/5/6/7', 'Impact'],
    ['https://go.brand.example/c/123/456/789', 'Impact'],
    ['https://x.sjv.io/abc', 'Impact'],
    ['https://y.8odi.net/abc', 'Impact'],
    ['https://impactradius-go.com/x', 'Impact'],
    ['https://www.anrdoezrs.net/click-1-2', 'CJ'],
    ['https://www.dpbolvw.net/click-1-2', 'CJ'],
    ['https://www.jdoqocy.com/click-1-2', 'CJ'],
    ['https://www.kqzyfj.com/click-1-2', 'CJ'],
    ['https://www.tkqlhce.com/click-1-2', 'CJ'],
    ['https://click.linksynergy.com/deeplink?id=x', 'Rakuten'],
    ['https://www.awin1.com/cread.php?awinmid=1', 'Awin'],
    ['https://shareasale.com/r.cfm?b=1&u=2&m=3', 'ShareASale'],
    ['https://www.amazon.com/dp/B000?tag=site-20', 'Amazon'],
    ['https://amzn.to/3x?tag=site-21', 'Amazon'],
    ['https://store.example/affiliate.php?ACCOUNT=A', 'shop'],
    ['https://www.example.com/?AFFILIATE=108875', 'shop']
  ]
  for (const [url, network] of networks) {
    it(network + ' link ' + url + ' in markdown, unlinked by the fix', async () => {
      const document = 'Buy [the kettle](' + url + ') today.\n'
      const messages = await lint(document, [remarkLintNoAdMarkup])
      assert.deepEqual(
        messages.map((message) => [message.range, message.reason, message.expected]),
        [['1:5-1:' + (19 + url.length), 'Unexpected ' + network + ' affiliate link, expected its text without the link', ['the kettle']]]
      )
    })
  }

  it('reports HTML text links, keeping their words', async () => {
    const document = 'Get it <a href="https://www.kqzyfj.com/click-1-2">here <b>now</b></a>.\n'
    const messages = await lint(document, [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason, message.expected]),
      [['1:8-1:70', 'Unexpected CJ affiliate link, expected its text without the link', ['here <b>now</b>']]]
    )
  })

  it('keeps two affiliate links of a sentence apart', async () => {
    assert.deepEqual(await report('[a](https://amzn.to/1?tag=x) or [b](https://amzn.to/2?tag=x)\n'), [
      '1:1-1:29 Unexpected Amazon affiliate link, expected its text without the link',
      '1:33-1:61 Unexpected Amazon affiliate link, expected its text without the link'
    ])
  })

  it('reports a markdown banner and an affiliate image', async () => {
    assert.deepEqual(
      await report('[![Deal](https://cdn.example/d.png)](https://www.awin1.com/cread.php?a=1)\n\n![](https://a.impactradius-go.com/display-ad/1-2)\n'),
      [
        '1:1-1:74 Unexpected Awin affiliate banner, expected no ad markup',
        '3:1-3:50 Unexpected Impact affiliate image, expected no ad markup'
      ]
    )
  })

  it('reports a link definition without a fix', async () => {
    const messages = await lint('See [the shop][s].\n\n[s]: https://amzn.to/1?tag=x\n', [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason, message.expected]),
      [['3:1-3:29', 'Unexpected Amazon affiliate link definition, expected no ad markup', undefined]]
    )
  })

  it('leaves links marked rel="sponsored" alone unless told not to', async () => {
    const document = 'Thanks to <a rel="sponsored nofollow" href="https://amzn.to/1?tag=x">our sponsor</a>.\n'
    assert.deepEqual(await report(document), [])
    assert.deepEqual(await report(document, {allowSponsored: false}), [
      '1:11-1:85 Unexpected Amazon affiliate link, expected its text without the link'
    ])
  })
})

describe('no-ad-markup: tracking pixels', () => {
  it('reports images of 0 or 1 pixel or hidden by style, from another site', async () => {
    const document = [
      '<img src="https://t.example.net/p.gif" width="1" height="1">',
      '',
      '<img src="https://t.example.net/q.gif" style="display: none">',
      '',
      '<img src="https://t.example.net/r.gif" style="width:1px;height:1px">',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [
      '1:1-1:61 Unexpected tracking pixel from `t.example.net`, expected no ad markup',
      '3:1-3:62 Unexpected tracking pixel from `t.example.net`, expected no ad markup',
      '5:1-5:69 Unexpected tracking pixel from `t.example.net`, expected no ad markup'
    ])
  })

  it('reports a CJ text link with its pixel as one unit that keeps the words', async () => {
    const document = '<a href="https://www.tkqlhce.com/click-1-2">Deal</a><img src="https://www.ftjcfx.com/image-1-2" width="1" height="1">\n'
    const messages = await lint(document, [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason, message.expected]),
      [['1:1-1:118', 'Unexpected ad unit (CJ affiliate link, tracking pixel from `www.ftjcfx.com`), expected its text without the link', ['Deal']]]
    )
  })
})

describe('no-ad-markup: must not flag', () => {
  it('leaves ordinary documentation HTML alone', async () => {
    const document = [
      '<!-- prettier-ignore -->',
      '<p align="center"><img src="https://example.org/logo.png" width="200" height="80" alt="Logo"></p>',
      '',
      '<picture><source srcset="dark.png" media="(prefers-color-scheme: dark)"><img src="light.png"></picture>',
      '',
      '<details><summary>More</summary>',
      '',
      'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O<br>',
      '',
      '</details>',
      '',
      '[![Build](https://img.shields.io/badge/build-passing-green)](https://github.com/o/r/actions)',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>',
      '',
      '<iframe src="https://player.vimeo.com/video/1" width="640" height="360"></iframe>',
      '',
      '<ReadMore href="/docs/intro">Intro</ReadMore>',
      '',
      'Buy it at [the shop](https://www.amazon.com/dp/B000) or [the store](https://shop.example/kettle?ref=home).',
      '',
      '<!-- add more badges here -->',
      '',
      '<img src="spacer.gif" width="1" height="1">',
      '',
      '## Sponsors',
      '',
      '<a href="https://www.amazon.com/dp/B1?tag=me-20" rel="sponsored"><img src="https://example.org/s.png" width="64"></a>',
      '<a href="https://github.com/sponsors/someone" rel="sponsored">Someone</a>',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [])
  })
})

describe('no-ad-markup: options', () => {
  it('adds ad hosts, affiliate hosts and patterns', async () => {
    const document = [
      '<script src="https://ads.network.example/s.js"></script>',
      '',
      '[a](https://partner.example/x) and [b](https://shop.example/p?ref=partner7)',
      ''
    ].join('\n')
    assert.deepEqual(await report(document), [])
    assert.deepEqual(
      await report(document, {adHosts: ['network.example'], affiliateHosts: ['partner.example'], affiliatePatterns: ['[?&]ref=partner\\d']}),
      [
        '1:1-1:57 Unexpected ad script from `ads.network.example`, expected no ad markup',
        '3:1-3:31 Unexpected configured affiliate link, expected its text without the link',
        '3:36-3:76 Unexpected configured affiliate link, expected its text without the link'
      ]
    )
  })

  it('allows hosts', async () => {
    const document = '[a](https://www.amazon.com/dp/1?tag=x)\n\n<img src="https://stats.example.org/p.gif" width="1">\n'
    assert.equal((await report(document)).length, 2)
    assert.deepEqual(await report(document, {allowHosts: ['amazon.com', 'example.org']}), [])
  })

  it('turns each check off', async () => {
    const document = [
      '<!-- ad -->',
      '',
      '<ins class="adsbygoogle"></ins>',
      '',
      '[a](https://amzn.to/1?tag=x)',
      '',
      '<img src="https://t.example.net/p.gif" width="1">',
      ''
    ].join('\n')
    const all = await report(document)
    assert.equal(all.length, 4)
    assert.deepEqual(await report(document, {adMarkers: false}), all.slice(1))
    assert.deepEqual(await report(document, {adCode: false}), [all[0], all[2], all[3]])
    assert.deepEqual(await report(document, {affiliateLinks: false}), [all[0], all[1], all[3]])
    assert.deepEqual(await report(document, {trackingPixels: false}), all.slice(0, 3))
  })

  it('gives one fatal message for invalid options', async () => {
    const messages = await lint('Text.\n', [[remarkLintNoAdMarkup, {affiliatePatterns: ['(']}]])
    assert.equal(messages.length, 1)
    assert.equal(messages[0]!.fatal, true)
    assert.match(messages[0]!.reason, /^Unexpected value `\(` for option `affiliatePatterns`, expected regular expressions/)
    const wrongType = await lint('Text.\n', [[remarkLintNoAdMarkup, {adHosts: 'x'}]])
    assert.deepEqual(wrongType.map((message) => message.reason), [
      'Unexpected value `"x"` for option `adHosts`, expected an array of strings'
    ])
  })
})

describe('no-ad-markup: filter lists', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'no-ad-markup-'))
  const list = path.join(folder, 'list.txt')
  writeFileSync(
    list,
    ['[Adblock Plus 2.0]', '! A small list written by the test', '||adserver.example^$third-party', '/promo-banners/*$image', '##.sponsor-box', '###house-ad', ''].join('\n')
  )
  const document = [
    '<script src="https://adserver.example/load.js"></script>',
    '',
    '<div class="sponsor-box">Buy now</div>',
    '',
    '<div id="house-ad">Our shop</div>',
    '',
    '![b](https://cdn.example/promo-banners/b.png)',
    '',
    '<div class="content">Fine.</div> ![ok](https://cdn.example/ok.png)',
    ''
  ].join('\n')

  it('reports what the lists block or hide', async () => {
    assert.deepEqual(await report(document), [])
    assert.deepEqual(await report(document, {filterLists: [list]}), [
      '1:1-1:57 Unexpected `adserver.example` blocked by filter `||adserver.example^$3p`, expected no ad markup',
      '3:1-3:39 Unexpected element hidden by filter `##.sponsor-box`, expected no ad markup',
      '5:1-5:34 Unexpected element hidden by filter `###house-ad`, expected no ad markup',
      '7:1-7:46 Unexpected `cdn.example` blocked by filter `/promo-banners/$image`, expected no ad markup'
    ])
  })

  it('still honours allowed hosts', async () => {
    assert.deepEqual(await report(document, {filterLists: [list], allowHosts: ['adserver.example', 'cdn.example']}), [
      '3:1-3:39 Unexpected element hidden by filter `##.sponsor-box`, expected no ad markup',
      '5:1-5:34 Unexpected element hidden by filter `###house-ad`, expected no ad markup'
    ])
  })

  it('caches the parsed engine between files', async () => {
    assert.equal(await loadFilterLists([list], folder), await loadFilterLists(['list.txt'], folder))
  })

  it('gives one fatal message for a list it cannot read', async () => {
    const messages = await lint('Text.\n', [[remarkLintNoAdMarkup, {filterLists: [path.join(folder, 'missing.txt')]}]])
    assert.equal(messages.length, 1)
    assert.equal(messages[0]!.fatal, true)
    assert.match(messages[0]!.reason, /^Unexpected unreadable file `.*missing\.txt` \(ENOENT\) in option `filterLists`/)
  })
})

describe('no-ad-markup: broken HTML never hides an ad', () => {
  const slot = '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>'
  const found = 'Unexpected AdSense slot, expected no ad markup'

  for (const stray of ['<p>Note.</p></p>', '<b>Bold</b></br>', '</div>', '</span></td>']) {
    it('reports slots before and after ' + JSON.stringify(stray), async () => {
      const document = ['Our kettle review.', '', slot, '', stray, '', 'More words.', '', slot, ''].join('\n')
      assert.deepEqual(await report(document), ['3:1-3:75 ' + found, '9:1-9:75 ' + found])
    })

    it('reports a slot after ' + JSON.stringify(stray) + ' in the same HTML block', async () => {
      const document = ['<div class="post">', '<p>Our kettle review.</p>', stray, slot, '<p>Also read: tea.</p>', slot, ''].join('\n')
      assert.deepEqual(await report(document), ['4:1-4:75 ' + found, '6:1-6:75 ' + found])
    })
  }

  it('reports slots around 2,000 nested `<div>`, and where the nesting was cut, once', async () => {
    const deep = '<div>'.repeat(2000) + 'Deep.' + '</div>'.repeat(2000)
    const document = ['Intro.', '', slot, '', deep, '', slot, ''].join('\n')
    const messages = await lint(document, [remarkLintNoAdMarkup])
    assert.deepEqual(
      messages.map((message) => [message.range, message.reason, message.actual, message.expected]),
      [
        ['3:1-3:75', found, slot, ['']],
        [
          '5:5001-5:5006',
          'Unexpected HTML nested deeper than 1000 elements, expected at most 1000 (this element and what it holds are not checked for ads)',
          '<div>',
          undefined
        ],
        ['7:1-7:75', found, slot, ['']]
      ]
    )
  })

  it('says where the nesting was cut when the parser made up the element cut (an implied `<tbody>`), never silently', async () => {
    const document = '<div>'.repeat(999) + '<table><tr><td>' + slot + '</td></tr></table>' + '</div>'.repeat(999) + '\n'
    assert.deepEqual(await report(document), [
      '1:4996-1:5003 Unexpected HTML nested deeper than 1000 elements, expected at most 1000 (this element and what it holds are not checked for ads)'
    ])
    const off = {adCode: false, adMarkers: false, affiliateLinks: false, trackingPixels: false}
    assert.deepEqual(await report('<div>'.repeat(2000) + '\n', off), [])
  })

  it('reads a slot nested 900 elements deep, and says nothing of the depth', async () => {
    const document = '<div>'.repeat(900) + slot + '</div>'.repeat(900) + '\n'
    assert.deepEqual(await report(document), ['1:4501-1:4575 ' + found])
  })
})

describe('no-ad-markup: MDX JSX, as remark-mdx parses it', () => {
  /** `range reason expected` of each message on `document` read as MDX. */
  async function mdxReport(document: string): Promise<string[]> {
    const messages = await lint(document, [remarkMdx, remarkLintNoAdMarkup])
    return messages.map((message) => message.range + ' ' + message.reason + ' ' + JSON.stringify(message.expected))
  }

  it('reports JSX ads exactly as their HTML form', async () => {
    const html = [
      'Our kettle review.',
      '',
      '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>',
      '',
      'Buy it <a href="https://www.amazon.com/dp/B000?tag=kettle-20">on Amazon</a> today.',
      '',
      'A pixel <img src="https://track.example.net/p.gif" width="1" height="1" /> here.',
      ''
    ].join('\n')
    const jsx = html.replace('class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>', 'className="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2" />')
    const expected = [
      '3:1-3:75 Unexpected AdSense slot, expected no ad markup [""]',
      '5:8-5:76 Unexpected Amazon affiliate link, expected its text without the link ["on Amazon"]',
      '7:9-7:75 Unexpected tracking pixel from `track.example.net`, expected no ad markup [""]'
    ]
    assert.deepEqual(await mdxReport(jsx), expected)
    assert.deepEqual(await report(html), expected.map((line) => line.replace(/ \[.*\]$/, '')))
  })

  it('reports an affiliate banner in JSX, and leaves components, expressions and plain elements alone', async () => {
    const document = [
      '<a href="https://www.amazon.com/dp/B000?tag=kettle-20">',
      '  <img src="/kettle.png" alt="Kettle" />',
      '</a>',
      '',
      '<Ad slot={slot} />',
      '',
      '<ins className={classes} />',
      '',
      '<img src="/kettle.png" width="640" height="480" />',
      '',
      '<a href="https://www.amazon.com/dp/B000?tag=kettle-20" rel="sponsored">Disclosed</a>',
      ''
    ].join('\n')
    assert.deepEqual(await mdxReport(document), ['1:1-3:5 Unexpected Amazon affiliate banner, expected no ad markup [""]'])
  })
})


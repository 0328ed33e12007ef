import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import {lint, type Reported} from '../../../test/lint.ts'
import remarkLintTitleHeadingMatch, {defaultOptions, detectTitleHeadingMismatch} from '../lib/index.ts'

/** Lint `document` with the rule (and `options`). */
function check(document: string, options?: unknown): Promise<Reported[]> {
  return lint(document, [options === undefined ? remarkLintTitleHeadingMatch : [remarkLintTitleHeadingMatch, options]])
}

/** A page with YAML frontmatter titled `title`, a heading and a body. */
function page(title: string, heading: string, body = 'Some text follows the heading.'): string {
  return '---\ntitle: ' + JSON.stringify(title) + '\n---\n\n' + heading + '\n\n' + body + '\n'
}

describe('title-heading-match: real-world mismatches', () => {
  // Modelled on a scraped article: a long product-launch title above a `##`
  // heading and body copied from an unrelated news story (a court case).
  const scrapedLaunch = [
    '---',
    'title: Build Smart Home Automations with Brightway’s All-in-One Hub, Sensors and Apps Powered by Zigbee & Thread',
    'date: 2024-05-02T10:15:00.000Z',
    'tags:',
    '  - smart-home',
    'thumbnail: https://cdn.example.com/hub-320.png',
    '---',
    '',
    '## Harbor Freight Sues Nordline Shipping: Contract Breach Claims Follow Months of Delayed Container Deliveries to the U.S',
    '',
    '[Harbor Freight](https://example.com/tag/harbor) has filed a lawsuit against Nordline Shipping, alleging that the carrier broke its contract by delaying container deliveries for months.',
    '',
    '## The complaint',
    '',
    'The complaint, filed in a federal court, seeks damages for the delayed containers.',
    ''
  ].join('\n')

  it('flags a scraped product title above an unrelated news heading, with the title as cause', async () => {
    const [message, ...rest] = await check(scrapedLaunch)
    assert.equal(rest.length, 0)
    assert.equal(message!.ruleId, 'title-heading-match')
    assert.equal(message!.source, 'remark-lint')
    assert.equal(message!.range, '9:4-9:122')
    assert.equal(
      message!.reason,
      'Unexpected heading `Harbor Freight Sues Nordline Shipping: Contract Breach…`' +
        ' under the title `Build Smart Home Automations with Brightway’s All-in-One…`' +
        ' (agreement 0.00, threshold 0.30), expected a heading about the same subject'
    )
    assert.ok(message!.actual!.startsWith('Harbor Freight Sues Nordline Shipping'))
    assert.equal(message!.cause, '2:8 Frontmatter title `Build Smart Home Automations with Brightway’s All-in-One…`')
  })

  // Modelled on the second scraped article: a quoted title (with a printf
  // escape) that shares one proper noun with the unrelated heading.
  it('flags a title that shares only a place name with the heading', async () => {
    const document = [
      '---',
      'title: "Green Ambitions: Norway\'s Plan to Expand Offshore Wind Capacity by 40%%, Reaching 30 Gigawatts by 2040"',
      'date: 2024-09-01T08:00:00.000Z',
      '---',
      '',
      "## Fishing Quotas Dispute: Norway's Coast Guard Detains Trawler Over Alleged Catch Reporting Violations",
      '',
      "Norway's coast guard detained a foreign trawler on Tuesday after inspectors found discrepancies in its catch logs.",
      ''
    ].join('\n')
    const messages = await check(document)
    assert.deepEqual(
      messages.map((message) => [message.range, message.cause]),
      [['6:4-6:104', '2:9 Frontmatter title `Green Ambitions: Norway\'s Plan to Expand Offshore Wind…`']]
    )
    assert.match(messages[0]!.reason, /\(agreement 0\.0\d, threshold 0\.30\)/)
  })
})

describe('title-heading-match: subjects', () => {
  it('flags unrelated subjects that share only generic words and a year', async () => {
    const messages = await check(
      page(
        'The Best Budget Mechanical Keyboards of 2024: Tested and Ranked',
        '# The Best Budget Password Managers of 2024: Tested and Ranked'
      )
    )
    assert.deepEqual(
      messages.map((message) => message.range + ' ' + message.reason),
      [
        '5:3-5:63 Unexpected heading `The Best Budget Password Managers of 2024: Tested and Ranked` under the title' +
          ' `The Best Budget Mechanical Keyboards of 2024: Tested and…` (agreement 0.00, threshold 0.30),' +
          ' expected a heading about the same subject'
      ]
    )
  })

  it('flags unrelated reviews in other words', async () => {
    assert.equal((await check(page('Top 10 Running Shoes for Beginners', '# Top 10 Espresso Machines for Beginners'))).length, 1)
    assert.equal((await check(page('Ultimate Guide to Sourdough Baking', '# Ultimate Guide to Kayak Fishing'))).length, 1)
  })

  const paraphrases: Array<[string, string]> = [
    ['How to install Docker on Ubuntu 22.04', '# Installing Docker on Ubuntu'],
    ['Configuring SSH keys on macOS', '# Setting up SSH keys for macOS'],
    ['Authenticating users', '# User authentication'],
    ['Café au lait recipes ☕', '# Cafe Au Lait Recipes'],
    ['Proxy configuration', '# Configuring the `proxy`'],
    ['Using the search API', '# Using the [Search API](https://example.com/api)'],
    ['Release notes for Orbit 2.3', '# Orbit 2.3 release notes'],
    ['Les meilleurs claviers mécaniques', '# Claviers mécaniques : notre sélection'],
    ['Docker auf Ubuntu installieren', '# Installation von Docker unter Ubuntu']
  ]
  for (const [title, heading] of paraphrases) {
    it('accepts the paraphrase ' + JSON.stringify(title) + ' / ' + JSON.stringify(heading), async () => {
      assert.deepEqual(await check(page(title, heading)), [])
    })
  }

  it('accepts a shortened title and a shortened heading', async () => {
    assert.deepEqual(await check(page('Getting started', '# Getting Started with Orbit')), [])
    assert.deepEqual(await check(page('Getting started with the Orbit command-line tools', '# Getting started')), [])
    assert.deepEqual(await check(page('Config reference', '# Configuration reference')), [])
  })

  it('matches acronyms with their expansions', async () => {
    assert.deepEqual(await check(page('Orbit FAQ', '# Frequently Asked Questions about Orbit')), [])
    assert.deepEqual(await check(page('Frequently asked questions', '# FAQ'), {minimumWords: 1}), [])
    assert.deepEqual(await check(page('Single sign-on setup', '# SSO setup')), [])
    // The same heading without the acronym is another subject.
    assert.equal((await check(page('Orbit pricing plans', '# Frequently Asked Questions about billing'))).length, 1)
  })
})

describe('title-heading-match: Japanese and Chinese', () => {
  it('accepts a Japanese paraphrase and flags a Japanese mismatch', async () => {
    assert.deepEqual(await check(page('Dockerをインストールする方法', '# Docker のインストール手順')), [])
    assert.deepEqual(await check(page('データのバックアップと復元', '# バックアップと復元')), [])
    const messages = await check(page('東京でおすすめのラーメン店10選', '# 京都の紅葉の名所ランキング'))
    assert.deepEqual(
      messages.map((message) => message.range + ' ' + message.reason),
      [
        '5:3-5:16 Unexpected heading `京都の紅葉の名所ランキング` under the title `東京でおすすめのラーメン店10選`' +
          ' (agreement 0.00, threshold 0.30), expected a heading about the same subject'
      ]
    )
  })

  it('accepts a Chinese paraphrase and flags a Chinese mismatch', async () => {
    assert.deepEqual(await check(page('如何在 Ubuntu 上安装 Docker', '# 在 Ubuntu 上安装 Docker 的步骤')), [])
    assert.deepEqual(await check(page('数据备份与恢复', '# 备份和恢复数据')), [])
    assert.equal((await check(page('2024年最佳笔记本电脑推荐', '# 如何挑选一款好用的电动牙刷'))).length, 1)
  })
})

describe('title-heading-match: which heading is compared', () => {
  it('leaves documentation pages alone that open with a paragraph and section headings', async () => {
    const document = [
      '---',
      'title: Configuring the Orbit agent',
      '---',
      '',
      'The agent reads its settings from a file next to the binary.',
      '',
      '## Overview',
      '',
      'Settings are grouped by subsystem.',
      '',
      '## Network limits',
      '',
      'Limits apply per connection.',
      ''
    ].join('\n')
    assert.deepEqual(await check(document), [])
  })

  it('compares no heading when body content comes first, not even a later depth-1 heading', async () => {
    const document = page('Growing tomatoes on a balcony', 'Intro text.\n\n## Pots\n\n# Sourdough starter basics')
    assert.deepEqual(await check(document), [])
  })

  it('skips badges, comments and breaks before the heading', async () => {
    const document = page(
      'Growing tomatoes on a balcony',
      '[![build](https://example.com/badge.svg)](https://example.com)\n\n<!-- generated -->\n\n***\n\n# Sourdough starter basics'
    )
    assert.deepEqual((await check(document)).map((message) => message.range), ['11:3-11:27'])
  })

  it('treats a section heading as such when the opening text supports the title', async () => {
    const supported = page(
      'Deploying your first app',
      '## Install the CLI',
      'Before deploying your first app, install the command-line tool.'
    )
    assert.deepEqual(await check(supported), [])
    const unsupported = page('Deploying your first app', '## Install the CLI', 'The command-line tool runs on Linux and macOS.')
    assert.equal((await check(unsupported)).length, 1)
  })

  it('does not let body text of the heading’s own subject excuse a scraped heading', async () => {
    const document = page(
      'Brightway smart home hub review',
      '## Harbor Freight sues Nordline Shipping',
      'Harbor Freight has filed a lawsuit against Nordline Shipping over delayed containers.'
    )
    assert.equal((await check(document)).length, 1)
  })

  it('reports nothing without frontmatter, without a title or without a heading', async () => {
    assert.deepEqual(await check('# Sourdough starter basics\n\nText.\n'), [])
    assert.deepEqual(await check('---\ndescription: Tomatoes\n---\n\n# Sourdough starter basics\n'), [])
    assert.deepEqual(await check('---\ntitle: Growing tomatoes on a balcony\n---\n\nJust text, no heading.\n'), [])
    assert.deepEqual(await check('---\ntitle: Growing tomatoes on a balcony\n---\n\n#\n\nEmpty heading.\n'), [])
  })

  it('honours lint disable comments', async () => {
    const document = page(
      'Growing tomatoes on a balcony',
      '<!-- lint disable title-heading-match -->\n\n# Sourdough starter basics'
    )
    assert.deepEqual(await check(document), [])
  })
})

describe('title-heading-match: abstaining', () => {
  it('does not compare texts in different scripts', async () => {
    assert.deepEqual(await check(page('Installing Docker on Ubuntu', '# Ubuntu に Docker をインストール')), [])
    assert.deepEqual(await check(page('Установка драйверов принтера', '# Sourdough starter basics')), [])
    // Same script, different subject: judged.
    assert.equal((await check(page('Установка драйверов принтера', '# Кошки и собаки дома'))).length, 1)
    // Mixed Cyrillic and Latin shares a script with Latin: judged.
    assert.equal((await check(page('Установка Docker на Ubuntu', '# Sourdough starter basics'))).length, 1)
  })

  it('does not compare boilerplate titles or headings', async () => {
    assert.deepEqual(await check(page('Overview', '# Sourdough starter basics')), [])
    assert.deepEqual(await check(page('Sourdough starter basics', '## Introduction')), [])
    assert.deepEqual(await check(page('Sourdough starter basics', '## はじめに')), [])
  })

  it('does not compare texts with too few subject words, unless configured', async () => {
    assert.deepEqual(await check(page('Sourdough', '# Kayak fishing')), [])
    assert.deepEqual(await check(page('Best of 2024', '# Kayak fishing trips')), [])
    assert.equal((await check(page('Sourdough', '# Kayak fishing'), {minimumWords: 1})).length, 1)
  })
})

describe('title-heading-match: frontmatter', () => {
  it('reads TOML frontmatter and points the cause at the TOML value', async () => {
    const document = '+++\ntitle = "Growing tomatoes on a balcony"\ndraft = false\n+++\n\n# Sourdough starter basics\n'
    const messages = await check(document)
    assert.deepEqual(
      messages.map((message) => [message.range, message.cause]),
      [['6:3-6:27', '2:10 Frontmatter title `Growing tomatoes on a balcony`']]
    )
    assert.deepEqual(await check('+++\ntitle = "Sourdough starter basics"\n+++\n\n# Sourdough starter\n'), [])
  })

  it('reads YAML block scalars and single quotes', async () => {
    assert.deepEqual(await check("---\ntitle: 'Sourdough starter basics'\n---\n\n# Sourdough starter\n"), [])
    assert.deepEqual(await check('---\ntitle: >-\n  Sourdough starter\n  basics\n---\n\n# Sourdough starter\n'), [])
  })

  it('reports YAML that does not parse, once, with the parser’s reason and position', async () => {
    const messages = await check('---\ntitle: Sourdough: starter basics\nother: [1, 2\n---\n\n# Kayak fishing trips\n')
    assert.equal(messages.length, 1)
    assert.equal(messages[0]!.range, '2:8-2:9')
    assert.match(messages[0]!.reason, /^Unexpected invalid YAML frontmatter \(Nested mappings are not allowed in compact mappings\), expected valid YAML$/)
  })

  it('reports TOML that does not parse', async () => {
    const messages = await check('+++\ntitle = Sourdough\n+++\n\n# Kayak fishing trips\n')
    assert.equal(messages.length, 1)
    assert.equal(messages[0]!.range.split('-')[0], '2:9')
    assert.match(messages[0]!.reason, /^Unexpected invalid TOML frontmatter \(.+\), expected valid TOML$/)
  })

  it('reports an empty title at its key', async () => {
    for (const document of [
      '---\ntitle: ""\n---\n\n# Sourdough\n',
      '---\ntitle:\ndate: 2024-01-01\n---\n\n# Sourdough\n',
      '---\ntitle: "   "\n---\n'
    ]) {
      const messages = await check(document)
      assert.deepEqual(
        messages.map((message) => [message.range.split('-')[0], message.reason]),
        [['2:1', 'Unexpected empty frontmatter `title`, expected the title of the page']]
      )
    }
    assert.deepEqual(
      (await check('+++\ntitle = ""\n+++\n')).map((message) => message.range),
      ['2:1-2:11']
    )
  })

  it('ignores titles that are not text', async () => {
    assert.deepEqual(await check('---\ntitle: [a, b]\n---\n\n# Sourdough starter basics\n'), [])
  })
})

describe('title-heading-match: options', () => {
  it('flags a paraphrase below a stricter threshold and nothing at 0', async () => {
    const document = page('Configuring SSH keys on macOS', '# Setting up SSH keys for macOS')
    assert.match((await check(document, {threshold: 0.9}))[0]!.reason, /\(agreement 0\.75, threshold 0\.90\)/)
    assert.deepEqual(await check(page('Sourdough starter basics', '# Kayak fishing trips'), {threshold: 0}), [])
  })

  it('gives one fatal message for invalid options', async () => {
    const messages = await check(page('a', '# b'), {threshold: 2})
    assert.deepEqual(
      messages.map((message) => [message.reason, message.fatal]),
      [['Unexpected value `2` for option `threshold`, expected a number from 0 to 1', true]]
    )
    const unknown = await check(page('a', '# b'), {limit: 1})
    assert.equal(unknown[0]!.reason, 'Unexpected option `limit`, expected one of `threshold`, `minimumWords`, `maxMessages`')
  })
})

describe('title-heading-match: detector', () => {
  it('skips trees without positions instead of throwing', () => {
    const source = page('Growing tomatoes on a balcony', '# Sourdough starter basics')
    const tree = remark().use(remarkFrontmatter, ['yaml', 'toml']).parse(source) as Root
    const strip = (node: {position?: unknown; children?: unknown[]}): void => {
      delete node.position
      for (const child of node.children ?? []) strip(child as typeof node)
    }
    assert.equal(detectTitleHeadingMismatch(tree, source, defaultOptions).length, 1)
    strip(tree)
    assert.deepEqual(detectTitleHeadingMismatch(tree, source, defaultOptions), [])
  })
})

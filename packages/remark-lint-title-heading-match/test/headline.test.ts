/**
 * Regression tests for pages whose first heading is not their headline:
 * release notes, error references, digests, runs of short sections, MDX
 * components, and the scraped pages where the leading `##` is the
 * headline and must still be judged.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint, type Reported} from '../../../test/lint.ts'
import remarkLintTitleHeadingMatch, {compareTitleAndHeading, english, isSectionLabel, isSeriesTitle} from '../lib/index.ts'

function check(document: string): Promise<Reported[]> {
  return lint(document, [remarkLintTitleHeadingMatch])
}

/** A page titled `title` whose body is `lines`. */
function page(title: string, ...lines: string[]): string {
  return ['---', 'title: ' + JSON.stringify(title), '---', '', ...lines, ''].join('\n')
}

/** The verdict on `title` over `heading` with `prose` as the body. */
function verdict(title: string, heading: string, prose = ''): string {
  const result = compareTitleAndHeading(title, heading, {opening: prose.slice(0, 1000), prose: () => prose}, english)
  return result.kind === 'abstain' ? 'abstain: ' + result.reason : result.kind
}

describe('title-heading-match: release notes', () => {
  const releaseNotes = page(
    'Kettlebrew 14.2.0 (Current)',
    '### Notable Changes',
    '',
    '* The scheduler now retries failed brews twice.',
    '',
    '### Commits',
    '',
    '#### Semver-minor commits',
    '',
    '* Add a `--dry-run` flag to the brew command.'
  )

  it('leaves a release page alone whose first `###` opens a run of sections', async () => {
    assert.deepEqual(await check(releaseNotes), [])
  })

  it('leaves a first `###` alone that a later `##` outranks, whatever its words', async () => {
    const document = page('Kettlebrew 14.2.0 (Current)', '### Copper pipes for beginners', '', 'Text.', '', '## Downloads', '', 'Text.')
    assert.deepEqual(await check(document), [])
  })

  it('reads a lone release heading as a section label', () => {
    assert.equal(verdict('Kettlebrew 14.2.0 (Current)', 'Notable Changes'), 'abstain: section label')
    assert.equal(verdict('Kettlebrew 14.2.0 (Current)', 'Bug fixes'), 'abstain: section label')
  })
})

describe('title-heading-match: error references', () => {
  const labels: Array<[string, string]> = [
    ['en', 'What went wrong?'],
    ['de', 'Was ist schiefgelaufen?'],
    ['fr', "Qu'est-ce qui s'est mal passé ?"],
    ['es', '¿Qué salió mal?'],
    ['pt', 'O que deu errado?'],
    ['it', 'Cosa è andato storto?'],
    ['nl', 'Wat ging er mis?'],
    ['ru', 'Что пошло не так?'],
    ['ja', '何が問題か？'],
    ['zh', '出了什么问题？'],
    ['ko', '무엇이 잘못되었나요?']
  ]
  for (const [language, label] of labels) {
    it('leaves `## ' + label + '` (' + language + ') alone under an error title', async () => {
      assert.equal(isSectionLabel(label), true)
      const document = page('Unknown Kettle Config Error', '## ' + label, '', 'The file names a setting that does not exist.')
      assert.deepEqual(await check(document), [])
    })
  }

  it('does not take a subject heading for a section label', () => {
    assert.equal(isSectionLabel('What went wrong with the Kettlebrew launch'), false)
    assert.equal(isSectionLabel('2. Usage'), true)
  })
})

describe('title-heading-match: digests', () => {
  it('agrees when the heading names the date of the series title, across formats', () => {
    assert.equal(isSeriesTitle('Monthly Digest - Mar 3rd, 2021'), true)
    assert.equal(verdict('Monthly Digest - Mar 3rd, 2021', 'Project News — March 3rd'), 'agree')
    assert.equal(verdict('Kettle Weekly Update: 3 March 2021', 'Everything that shipped in Kettlebrew on 2021-03-03'), 'agree')
  })

  it('leaves one item of the series alone', async () => {
    assert.equal(verdict('Monthly Digest - Mar 3rd, 2021', 'Widget 2.1 Released'), 'abstain: series title')
    assert.equal(verdict('Monthly Digest - Mar 3rd, 2021', 'Project News — March 4th'), 'abstain: series title')
    const document = page('Monthly Digest - Mar 3rd, 2021', '## Widget 2.1 Released', '', 'Widget 2.1 brings offline mode.')
    assert.deepEqual(await check(document), [])
  })

  it('does not take a title that merely contains a series word for a series', () => {
    assert.equal(isSeriesTitle('Digestive health for cats'), false)
    assert.equal(isSeriesTitle('This Week in Kettlebrew #42'), true)
  })
})

describe('title-heading-match: which heading is the headline', () => {
  it('leaves a short heading alone that opens a run of sections of its depth', async () => {
    const hosts = page(
      'Third-party hosts',
      '## Copperleaf Cloud',
      '',
      'Copperleaf Cloud builds the site on every push.',
      '',
      '## Harbor Pages',
      '',
      'Harbor Pages serves the built files.'
    )
    assert.deepEqual(await check(hosts), [])
  })

  it('still judges a short heading that no later heading of its depth follows', async () => {
    const document = page('Default Kettle Configuration', '## Incremental Rebuilds', '', 'Rebuilds only what changed since the last run.')
    assert.deepEqual((await check(document)).map((message) => message.range), ['5:4-5:24'])
  })

  it('still judges a scraped headline above shorter sections of its depth', async () => {
    const document = page(
      'Brightway smart home hub review: sensors, apps and automations',
      '## Harbor Freight Sues Nordline Shipping Over Months of Delayed Containers',
      '',
      'Harbor Freight has filed a lawsuit against Nordline Shipping over delayed containers.',
      '',
      '## The complaint',
      '',
      'The complaint seeks damages.'
    )
    assert.deepEqual((await check(document)).map((message) => message.range), ['5:4-5:75'])
  })

  it('drops an MDX heading id from the heading text', async () => {
    const document = page('Kettle sandbox test', '## Sourdough starter basics {/*starter*/}', '', 'Flour and water.')
    const [message] = await check(document)
    assert.equal(message!.actual, 'Sourdough starter basics {/*starter*/}')
    assert.match(message!.reason, /^Unexpected heading `Sourdough starter basics` under/)
  })

  it('drops Pandoc and kramdown heading attributes from the heading text', async () => {
    for (const suffix of ['{#starter .unnumbered}', '{: #starter}']) {
      const [message] = await check(page('Kettle sandbox test', '## Sourdough starter basics ' + suffix, '', 'Flour and water.'))
      assert.match(message!.reason, /^Unexpected heading `Sourdough starter basics` under/)
    }
  })

  it('leaves a heading alone inside a component that markdown reads as HTML', async () => {
    const document = page('Installing Kettlebrew', '<Tabs>', '', '  # download the archive first', '', '</Tabs>')
    assert.deepEqual(await check(document), [])
  })

  it('judges a heading after a component that closes itself', async () => {
    const document = page('Installing Kettlebrew', '<Intro />', '', '# Sourdough starter basics', '', 'Flour and water.')
    assert.deepEqual((await check(document)).map((message) => message.range), ['7:3-7:27'])
  })
})

describe('title-heading-match: the body as witness', () => {
  it('flags a template shared around two subjects when the body follows the heading', async () => {
    const document = page(
      'Resolve Kettlebrew Sync Problems Instantly – Expert Tips Inside!',
      '## Resolve Your Harbor Boiler Leak Problems Instantly',
      '',
      'A leaking Harbor boiler loses pressure overnight. Check the boiler valve and the leak around the seal.'
    )
    const [message, ...rest] = await check(document)
    assert.equal(rest.length, 0)
    assert.equal(message!.range, '5:4-5:54')
    assert.equal(
      message!.reason,
      'Unexpected heading `Resolve Your Harbor Boiler Leak Problems Instantly` under the title' +
        ' `Resolve Kettlebrew Sync Problems Instantly – Expert Tips…`' +
        ' (agreement 0.49, threshold 0.30; the text below uses 0 of the 3 title words the heading lacks),' +
        ' expected a heading about the same subject'
    )
  })

  it('accepts the same pair when the body is about the title', async () => {
    const document = page(
      'Resolve Kettlebrew Sync Problems Instantly – Expert Tips Inside!',
      '## Resolve Your Harbor Boiler Leak Problems Instantly',
      '',
      'Kettlebrew sync stops when the inside sensor of the Harbor boiler reports a leak.'
    )
    assert.deepEqual(await check(document), [])
  })

  it('accepts a vague title whose own words the body uses', async () => {
    const document = page(
      'The Great Chatbot Challenge: Which Offers Superior Writing?',
      '## Claude vs. ChatGPT: Comparing Two Assistants',
      '',
      'Every chatbot claims superior writing. This challenge offers both the same prompts, and the great surprise is how close they are.'
    )
    assert.deepEqual(await check(document), [])
  })
})

describe('title-heading-match: documentation pages that must stay quiet', () => {
  const pages: Array<[string, string[]]> = [
    ['Deploying to Copperleaf Cloud', ['## Deploying a static site', '', 'Copperleaf builds the static site from your repository.', '', '## Custom domains', '', 'Point a domain at the site.']],
    ['Sign in with OAuth providers', ['## Setting up GitHub sign-in', '', 'Register an application on GitHub and copy its client id.']],
    ['Discover page settings', ['## Customizing the Discover feed', '', 'The Discover page shows the feed you choose in its settings.']],
    ['Announcing Orbit 5.0', ['## A faster, leaner build pipeline', '', 'Builds now take half the time.']],
    ['Orbit Community Highlights, March 2021', ['## Widget 2.1 Released With Offline Mode', '', 'Widget works without a connection now.']],
    ['useKettle hook API reference', ['## Parameters and return value', '', 'The hook takes a temperature and gives back a state.']],
    ['Kettle timeout error', ['## Possible ways to fix it', '', 'Raise the limit or check the network.']]
  ]
  for (const [title, lines] of pages) {
    it('leaves ' + JSON.stringify(title) + ' over ' + JSON.stringify(lines[0]) + ' alone', async () => {
      assert.deepEqual(await check(page(title, ...lines)), [])
    })
  }
})

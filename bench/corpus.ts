/**
 * A deterministic corpus of realistic markdown articles for the benchmark:
 * frontmatter, headings, prose in several languages, lists, tables, code,
 * HTML blocks and quotes, with the defects the rules look for injected at
 * the rates they have in scraped and migrated articles. Every injected
 * mojibake span is recorded, so detectors can be scored against it.
 */
import iconv from 'iconv-lite'

/** One injected mojibake span: offsets into the document and the text it hides. */
export interface InjectedSpan {
  start: number
  end: number
  original: string
}

/** A generated document. */
export interface CorpusDocument {
  name: string
  text: string
  mojibake: InjectedSpan[]
}

/** Sentences of each language, with the punctuation and letters that mojibake hits. */
const sentences: Record<string, string[]> = {
  en: [
    'The council’s plan — approved on Tuesday — moves the market to the old station.',
    'Residents said the café on Main Street “never looked better” after the renovation.',
    'Prices rose by 4% in March, the sharpest increase since the bakery opened.',
    'Our guide covers pots, soil and light; it doesn’t cover pests.',
    'The team tested twelve kettles over three weeks and kept the two quietest.',
    'A short walk from the harbour, the museum shows maps from the 1800s.',
    'If the dough feels sticky, rest it for ten minutes before shaping it.',
    'The report lists every station that closed, with the year and the reason.'
  ],
  fr: [
    'Le marché déménage à l’ancienne gare — une décision prise mardi.',
    'Les habitants trouvent que le café « n’a jamais été aussi beau ».',
    'Élodie a préparé une crème brûlée pour la fête du quartier.',
    'Ce guide répond aux questions fréquentes sur le jardinage en été.'
  ],
  de: [
    'Die Größe der Töpfe hängt vom Platz auf dem Balkon ab.',
    'Über die Brücke fährt künftig nur noch der Bus – so der Beschluss.',
    'Der Bäcker öffnet schon um fünf Uhr; Brötchen gibt es bis Mittag.',
    'Für Anfänger empfiehlt sich ein Schnellkochtopf mit Überdruckventil.'
  ],
  es: [
    'El año pasado la compañía abrió tres tiendas más en la región.',
    'La señora Núñez explicó cómo cuidar las plantas en otoño.',
    '¿Cuánto cuesta el billete? Depende de la estación y del día.'
  ],
  pl: [
    'Zażółć gęślą jaźń — to zdanie zawiera wszystkie polskie litery.',
    'Łódź i Kraków to dwa miasta, które warto odwiedzić jesienią.'
  ],
  ru: [
    'Съешь же ещё этих мягких французских булок, да выпей чаю.',
    'Рынок переедет на старый вокзал — так решил совет во вторник.'
  ],
  ja: ['東京の市場は火曜日に移転が決まりました。', '日本語のテキストにも句読点があります。']
}

/** Article topics for titles and headings. */
const topics = ['Market Move', 'Balcony Tomatoes', 'Kettle Test', 'Harbour Museum', 'Bread at Home', 'Station History']

/** Mulberry32: a small seeded generator, so a seed always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32
  }
}

/** UTF-8 text read back with a single-byte code page: the mojibake of `text`. */
function garble(text: string, codePage: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), codePage)
}

/**
 * Write one article. `affected` articles went through a broken decoder:
 * a share of their non-ASCII characters are mojibake (sometimes twice over).
 */
function article(index: number, next: () => number): CorpusDocument {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const chance = (rate: number): boolean => next() < rate
  const language = chance(0.55) ? 'en' : pick(Object.keys(sentences))
  const affected = chance(0.12)
  const codePage = language === 'ru' && chance(0.5) ? 'win1251' : 'win1252'
  const mojibake: InjectedSpan[] = []
  let text = ''

  /** Append prose, garbling non-ASCII runs in affected articles and recording where. */
  const prose = (value: string): void => {
    if (!affected) {
      text += value
      return
    }
    for (const part of value.split(/([^\u0000-\u007F]+)/)) {
      if (/^[^\u0000-\u007F]+$/.test(part) && chance(0.35)) {
        const bad = chance(0.15) ? garble(garble(part, 'win1252'), 'win1252') : garble(part, codePage)
        mojibake.push({start: text.length, end: text.length + bad.length, original: part})
        text += bad
      } else {
        text += part
      }
    }
  }
  const paragraph = (): void => {
    const count = 2 + Math.floor(next() * 4)
    for (let sentence = 0; sentence < count; sentence++) {
      if (sentence > 0) text += ' '
      prose(pick(sentences[language]!))
      if (chance(0.2)) text += ' See [the ' + pick(topics).toLowerCase() + '](https://example.com/' + index + '/' + sentence + ').'
      if (chance(0.1)) text += ' Run `make build --jobs=' + sentence + '` first.'
      if (chance(0.02)) text += ' The the results were clear.'
      if (chance(0.01)) text += ' Prices fell 30%% overnight.'
      if (chance(0.005)) text += ' Smith &amp;amp; Sons replied.'
      if (chance(0.005)) text += ' Bj\uFFFDrk agreed.'
    }
    text += '\n\n'
  }

  const title = pick(topics) + ' ' + (index + 1)
  if (chance(0.9)) {
    text += '---\ntitle: "'
    prose(title + ' — ' + pick(sentences[language]!).slice(0, 30))
    text += '"\ndate: 2024-0' + (1 + (index % 9)) + '-1' + (index % 10) + '\ntags: [news, ' + language + ']\nauthor: Staff\n---\n\n'
  }
  text += '# ' + (chance(0.05) ? 'A Different Headline' : title) + '\n\n'
  paragraph()
  const sections = 3 + Math.floor(next() * 6)
  for (let section = 0; section < sections; section++) {
    text += '## ' + pick(topics) + ' ' + section + '\n\n'
    paragraph()
    if (chance(0.4)) {
      const ordered = chance(0.4)
      for (let item = 0; item < 3 + Math.floor(next() * 4); item++) {
        text += ordered ? item + 1 + '. ' : '- '
        prose(pick(sentences[language]!))
        text += '\n'
        if (chance(0.15)) text += '  - A nested note on item ' + item + '.\n'
      }
      text += '\n'
    }
    if (chance(0.2)) text += '| Item | Price | Note |\n| --- | ---: | --- |\n| Kettle | 30 € | quiet |\n| Pot | 12 € | 20 litres |\n\n'
    if (chance(0.25)) text += '```js\nconst total = items.reduce((sum, item) => sum + item.price, 0)\nconsole.log(`${total}%`)\n```\n\n'
    if (chance(0.03)) text += '```text\nBroken export: itâ€™s â€” see issue 12\n```\n\n'
    if (chance(0.15)) text += '<div class="note">\n<p>Updated on ' + (section + 1) + ' May: opening hours changed.</p>\n</div>\n\n'
    if (chance(0.03)) text += '<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="' + section + '"></ins></div>\n\n'
    if (chance(0.15)) {
      text += '> '
      prose(pick(sentences[language]!))
      text += '\n\n'
    }
    paragraph()
  }
  if (chance(0.08)) text += 'Share this article: [Facebook](https://example.com/share) | [Twitter](https://example.com/tweet)\n\nRead more: [Top 10 tips](https://example.com/tips)\n'
  return {name: 'article-' + index + '.md', text, mojibake}
}

/** `count` articles; the same count and seed give the same corpus. */
export function generateCorpus(count: number, seed = 1): CorpusDocument[] {
  const next = random(seed)
  return Array.from({length: count}, (_, index) => article(index, next))
}

/** One document of at least `size` characters: articles joined, frontmatter only at the top. */
export function largeDocument(size: number, seed = 2): string {
  const next = random(seed)
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    let {text} = article(index, next)
    if (index > 0) text = text.replace(/^---\n[\s\S]*?\n---\n\n/, '')
    parts.push(text)
    length += text.length
  }
  return parts.join('')
}

/**
 * Whether an immediate repeat of a word or phrase is meant: grammar that
 * doubles a word, emphasis, idioms, names, measurements. Everything here is
 * a judgement on the words alone; `detect.ts` finds the repeats.
 */
import type {LanguageCode} from 'content-quality-core'

/**
 * Words English doubles on purpose: `that that`, `had had`, `do do`, `her
 * her` (“gave her her keys”); emphasis
 * (`very very`, `many many`, `much much more`, `long long ago`) and
 * reduplication (`blah blah`, `bye bye`, `ha ha`, `choo choo`).
 */
export const defaultAllow = [
  'that',
  'had',
  'do',
  'does',
  'did',
  'can',
  'her',
  'very',
  'really',
  'many',
  'much',
  'far',
  'long',
  'so',
  'no',
  'yes',
  'oh',
  'ah',
  'ha',
  'haha',
  'ho',
  'hey',
  'wow',
  'bye',
  'boo',
  'choo',
  'knock',
  'tick',
  'ding',
  'night',
  'blah',
  'bla',
  'yadda',
  'tsk',
  'tut',
  'sapiens'
]

/**
 * Words other languages double as grammar: German and Dutch article and
 * relative pronoun (`die die`, `der der`, `das das`, `dat dat`), French
 * reflexive pronouns (`nous nous sommes`, `vous vous trompez`). They are
 * typos in English, so they are excused only in a document in that language.
 */
const grammaticalDoubles: Partial<Record<LanguageCode, Set<string>>> = {
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'des']),
  nl: new Set(['dat', 'die']),
  fr: new Set(['nous', 'vous'])
}

/** Names that double a word: `Bora Bora`, `Walla Walla`, `Sing Sing`. */
const doubledNames = new Set(['bora', 'walla', 'pago', 'baden', 'sing', 'mahi', 'duran', 'sirhan', 'tora'])

/**
 * Function words: doubled they are a slip, even when the second copy is
 * capitalised (`the The Best`), which otherwise starts a name.
 */
const functionWords = new Set(
  (
    'a an the and or but nor of to in on at by for from with as into onto than ' +
    'is are was were be been am it its this these those he she we they you i me ' +
    'him us them his our their my your not if so'
  ).split(' ')
)

/**
 * Idioms that say a word twice around a link word: `step by step`, `hand in
 * hand`, `face to face`, `day after day`, `press and press and hold`, French
 * `de bout en bout`. Followed by the same link (`hand in hand in the lead`)
 * they read as a repeated pair of words.
 */
const idioms = new Set(
  (
    'step by,side by,one by,day by,bit by,little by,piece by,hand in,arm in,face to,back to,door to,' +
    'day to,day after,time after,year after,over and,again and,more and,round and,on and,press and,' +
    'bout en,pas à,peu à,schritt für,stück für'
  ).split(',')
)

/** Articles that, after `of`, make a phrase that nests: `the first child of the first child of the root`. */
const articles = new Set(['the', 'a', 'an'])

/** Words that open a free relative clause which a doubled `is` closes: “what it is is”, “all it was was”. */
const clauseOpeners = new Set(['what', 'all', 'whatever'])

/** Forms of `be` that, with a participle, make a repeated predicate: “a file whose parent is ignored is ignored too”. */
const copulas = new Set(['is', 'are', 'was', 'were'])

/** Words that start a clause, after which `it it` is a slip (“if it it fails”), not two clauses (“set it it is”). */
const clauseStarts = new Set(['sure', 'if', 'when', 'whether', 'because', 'once', 'until', 'unless', 'while', 'where', 'how', 'why', 'what'])

/** Verbs whose particle `in` or `on` the next preposition repeats: “fill in in the form”, “log on on the site”. */
const particleVerbs = new Set(
  (
    'fill fills filled filling log logs logged logging sign signs signed signing check checks checked checking ' +
    'plug plugs plugged plugging type types typed typing hand hands handed handing turn turns turned turning ' +
    'drop drops dropped dropping opt opts opted opting zoom zooms zoomed zooming tune tunes tuned tuning ' +
    'build builds built building put puts putting set sets setting get gets got getting come comes came coming ' +
    'go goes went going bring brings brought bringing pass passes passed passing lock locks locked locking ' +
    'carry carries carried carrying pick picks picked picking'
  ).split(' ')
)
const particles = new Set(['in', 'on'])

/**
 * Verbs that leave `to` at the end of a clause before an infinitive's `to`:
 * “the buffer a thread may write to to store its result”. Verbs of motion
 * are left out: “we went to to the park” is a slip.
 */
const strandingVerbs = new Set(
  (
    'write writes wrote written writing listen listens listened listening talk talks talked talking ' +
    'refer refers referred referring point points pointed pointing reply replies replied replying ' +
    'respond responds responded responding belong belongs belonged belonging stick sticks stuck sticking ' +
    'switch switches switched switching connect connects connected connecting'
  ).split(' ')
)

/** Scripts whose words are rarely doubled on purpose; elsewhere (`धीरे धीरे`, `کم کم`, `빨리 빨리`) doubling is grammar. */
const rarelyDoubled = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{M}\p{N}'’.-]+$/u

/** A multiplication sign between numbers: `300 x 300 x 400 mm`. */
const times = new Set(['x', '×', '*', 'by'])

/** What `isMeant` needs to know about a repeat. */
export interface Repeat {
  /** The folded words of one copy. */
  words: string[]
  /** The first copy's first word, as written. */
  firstAsWritten: string
  /** The second copy's first word, as written. */
  secondAsWritten: string
  /** The folded words before the first copy, up to four, nearest last. */
  before: string[]
  /** Whether the first copy starts a sentence. */
  startsSentence: boolean
}

/** Whether a folded word is a function word (`the`, `of`, `is`). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word)
}

/**
 * Whether a repeated phrase nests (“the first child of the first child of
 * the root”): it reads `the … of` twice, from its first word or from a word
 * the text before it already says (the phrase found is then a rotation,
 * `first child of the first child of the`). A noun at least is needed
 * between them: `of the of the` is a slip.
 */
function nests(words: string[], before: string[]): boolean {
  const length = words.length
  if (length < 3) return false
  for (let shift = 0; shift < length; shift++) {
    // The `shift` words before the first copy must be the phrase's last `shift` words.
    if (shift > before.length) return false
    if (words.slice(length - shift).some((word, index) => word !== before[before.length - shift + index])) continue
    const rotated = [...words.slice(length - shift), ...words.slice(0, length - shift)]
    if (articles.has(rotated[0]!) && rotated[length - 1] === 'of') return true
  }
  return false
}

/** Whether a folded word is a number: `300`, `1.5`, `2024`. */
export function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^\p{N}+(?:[.,]\p{N}+)*$/u.test(word)
}

/**
 * Whether `repeat` is meant, in a document in `language`, with the folded
 * phrases of `allowed` also allowed.
 */
export function isMeant(repeat: Repeat, language: LanguageCode, allowed: Set<string>): boolean {
  const {words} = repeat
  const first = words[0]!
  const last = words[words.length - 1]!
  if (allowed.has(words.join(' '))) return true
  // Numbers alone, and products of numbers: `1 1`, `300 x 300 x 400`.
  if (words.every((word) => !/\p{L}/u.test(word))) return true
  if (words.some(isNumber) && words.some((word) => times.has(word))) return true
  if (words.length > 1) {
    if (words.length === 2 && copulas.has(first) && /(?:ed|en|wn)$/.test(last)) return true
    if (nests(words, repeat.before)) return true
    return words.length === 2 && idioms.has(words.join(' '))
  }
  if (grammaticalDoubles[language]?.has(first)) return true
  if (!rarelyDoubled.test(first)) return true
  if (doubledNames.has(first)) return true
  const previous = repeat.before[repeat.before.length - 1]
  // `set it it is`: one clause ends with `it`, the next starts with it.
  if (first === 'it' && previous !== undefined && !repeat.startsSentence && !functionWords.has(previous) && !clauseStarts.has(previous)) {
    return true
  }
  if (particles.has(first) && previous !== undefined && particleVerbs.has(previous)) return true
  if (first === 'to' && previous !== undefined && strandingVerbs.has(previous)) return true
  // `what it is is`, `all it was was`: a clause that asks what something is, then says it.
  if ((first === 'is' || first === 'was') && repeat.before.slice(-3).some((word) => clauseOpeners.has(word))) return true
  // A capitalised second copy after a lower-case first starts a name: “the best Best Buy deals”.
  const {firstAsWritten, secondAsWritten} = repeat
  const capital = secondAsWritten.charAt(0)
  return (
    firstAsWritten === firstAsWritten.toLowerCase() && capital !== capital.toLowerCase() && !functionWords.has(first)
  )
}

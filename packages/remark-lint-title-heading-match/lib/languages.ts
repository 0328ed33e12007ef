/**
 * The languages whose words are stemmed and whose stop words are dropped,
 * with the generic words of each: words that many unrelated titles share
 * ("best", "review", "guide") and that must not make them agree.
 */
import {stemmer as stemDutch} from '@orama/stemmers/dutch'
import {stemmer as stemEnglish} from '@orama/stemmers/english'
import {stemmer as stemFrench} from '@orama/stemmers/french'
import {stemmer as stemGerman} from '@orama/stemmers/german'
import {stemmer as stemItalian} from '@orama/stemmers/italian'
import {stemmer as stemPortuguese} from '@orama/stemmers/portuguese'
import {stemmer as stemRussian} from '@orama/stemmers/russian'
import {stemmer as stemSpanish} from '@orama/stemmers/spanish'
import {stopwords as japaneseStopWords} from '@orama/stopwords/japanese'
import {stopwords as mandarinStopWords} from '@orama/stopwords/mandarin'
import {detectLanguage, stopWords, type LanguageCode} from 'content-quality-core'
import {foldWord} from './fold.js'

/** A language of words separated by spaces. */
export interface Language {
  /** ISO 639-1 code. */
  code: string
  /** Snowball stemmer of the language. */
  stem: (word: string) => string
  /** Lower-case stop words. */
  stopWords: Set<string>
  /** Folded generic words, as written (not stemmed): `tested` is generic, `testing` is not. */
  genericWords: Set<string>
}

const generic: Record<string, string> = {
  en:
    'best top review reviews reviewed guide guides ultimate complete definitive essential essentials tested ' +
    'ranked rated ranking rankings compared comparison comparisons vs versus depth hands budget cheap cheapest ' +
    'affordable new newest latest updated year years today now ways tips tricks hacks secrets ideas reasons things ' +
    'everything need know easy simple quick quickly free pro expert experts recommended buy buying deal deals ' +
    'sale picks pick editor editors worth ever really great good better ultimate powerful amazing awesome ' +
    'must tutorial tutorials beginner beginners introduction intro overview basics fundamentals ' +
    'explained official full step steps january february march april may june july august september october ' +
    'november december unveil unveils unveiled unveiling excellence excellent exceptional superior stellar ' +
    'comprehensive',
  de:
    'beste besten bester bestes top test tests testsieger vergleich ratgeber anleitung tipps neu neue neuen ' +
    'neuer günstig günstige günstigen günstigsten einführung überblick komplett jahr',
  fr:
    'meilleur meilleurs meilleure meilleures guide comparatif test tests avis nouveau nouvelle nouveaux astuces ' +
    'conseils complet complète introduction présentation tutoriel pas étape étapes année',
  es:
    'mejor mejores guía comparativa análisis prueba pruebas nuevo nueva nuevos consejos trucos completo completa ' +
    'introducción tutorial paso pasos año',
  pt:
    'melhor melhores guia análise comparação teste testes novo nova novos dicas completo completa introdução ' +
    'tutorial passo passos ano',
  it:
    'migliore migliori guida recensione recensioni confronto prova nuovo nuova consigli completa completo ' +
    'introduzione tutorial passo anno',
  nl: 'beste gids handleiding review vergelijking nieuwe nieuw tips introductie inleiding stap jaar',
  ru:
    'лучшие лучший лучших обзор руководство сравнение тест новый новые советы введение полное полный ' +
    'пошаговое год'
}

function language(code: LanguageCode, stem: (word: string) => string): Language {
  return {code, stem, stopWords: stopWords.get(code)!, genericWords: new Set(generic[code]!.split(' ').map(foldWord))}
}

/** Every language with a stemmer, English first (the default). */
export const languages: Language[] = [
  language('en', stemEnglish),
  language('de', stemGerman),
  language('fr', stemFrench),
  language('es', stemSpanish),
  language('pt', stemPortuguese),
  language('it', stemItalian),
  language('nl', stemDutch),
  language('ru', stemRussian)
]

/** English: the default, and the generic words every language shares (English loanwords). */
export const english = languages[0]!

/**
 * Generic words of scripts written without spaces (Japanese, Chinese): cut
 * out of a run of characters whole, before it is split into pairs.
 */
export const spacelessGenericWords: string[] = (
  'おすすめ オススメ 人気 最新 比較 ランキング 徹底 解説 方法 まとめ 完全 ガイド 入門 初心者 レビュー 最強 評価 ' +
  '紹介 使い方 手順 選 推荐 最佳 最好 评测 测评 指南 教程 攻略 对比 比较 排行榜 排行 盘点 详解 步骤 介绍 年'
).split(' ')

/**
 * Stop words of scripts written without spaces: the multi-character entries
 * of the Japanese and Chinese lists, and single Chinese function characters
 * that never start a content word. (Single characters of the full lists,
 * such as `日` or `中`, are parts of words like `日本` and `中国`.)
 */
export const spacelessStopWords: string[] = [
  ...japaneseStopWords.filter((word) => word.length > 1),
  ...mandarinStopWords.filter((word) => word.length > 1),
  ...'的了着和与及或是在把被之也都并而吗呢吧啊个这那从对于'
]

const languageByCode = new Map(languages.map((entry) => [entry.code, entry]))

/**
 * The language of a document: the `lang`, `language` or `locale` of its
 * frontmatter when it names a known language, otherwise the language whose
 * stop words occur most often in `texts` (English on a tie).
 */
export function pickLanguage(declared: unknown, texts: string[]): Language {
  return languageByCode.get(detectLanguage(declared, texts)) ?? english
}

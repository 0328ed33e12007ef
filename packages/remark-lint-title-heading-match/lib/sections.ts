/**
 * Texts that name a part of a page, not its subject: section labels
 * (`Notable changes`, `What went wrong?`, `Prerequisites`) and the titles
 * of series (`Monthly Digest`, `Release notes`) that stand over one item.
 */
import {findDates} from './dates.js'
import {foldWord} from './fold.js'

/** Section labels by language, as written: a heading or title made of one of them names no subject. */
const sectionLabelsByLanguage: Record<string, string[]> = {
  en: [
    'overview', 'introduction', 'intro', 'summary', 'contents', 'table of contents', 'home', 'index', 'about',
    'readme', 'changelog', 'change log', 'conclusion', 'background', 'preface', 'foreword', 'abstract', 'untitled',
    'welcome', 'prerequisites', 'requirements', 'installation', 'install', 'usage', 'examples', 'example',
    'reference', 'notable changes', 'breaking changes', 'changes', 'other changes', 'new features', 'features',
    'fixes', 'bug fixes', 'bugfixes', 'improvements', 'enhancements', 'highlights', "what's new", "what's changed",
    'deprecations', 'known issues', 'notes', 'note', 'release notes', 'getting started', 'before you begin',
    'before you start', 'motivation', 'context', 'description', 'details', 'problem', 'solution', 'cause',
    'what went wrong', 'what happened', 'how to fix it', 'how do i fix it', 'steps', 'next steps', 'see also',
    'related', 'further reading', 'references', 'faq', 'tl;dr', 'setup', 'set up', 'configuration', 'options',
    'syntax', 'parameters', 'arguments', 'returns', 'return value', 'license', 'credits', 'acknowledgements',
    'contributors', 'housekeeping', 'dependencies', 'commits', 'upgrading', 'migration', 'miscellaneous',
    'basic usage', 'quick start', 'quickstart', 'api', 'api reference', 'props', 'properties', 'methods', 'events',
    'how it works', 'in this article', 'on this page', 'in this section', 'learn more', 'more information',
    'other notable changes', 'semver-major commits', 'semver-minor commits', 'semver-patch commits',
    'new contributors', 'full changelog', 'deprecations and removals', 'security fixes', 'performance improvements',
    'upgrade notes', 'migration guide', 'known limitations', 'limitations', 'caveats', 'troubleshooting',
    'how do i fix this', 'how to fix', 'possible causes', 'common causes', 'example error message',
    'possible ways to fix it', 'ways to fix it', 'how to fix this error', 'why this error occurred', 'solutions',
    'possible solutions', 'workaround', 'workarounds', 'usage notes',
    'detailed design', 'drawbacks', 'alternatives', 'rationale and alternatives', 'prior art',
    'unresolved questions', 'future possibilities', 'guide-level explanation', 'reference-level explanation'
  ],
  de: [
    'übersicht', 'einführung', 'einleitung', 'zusammenfassung', 'inhalt', 'inhaltsverzeichnis', 'voraussetzungen',
    'anforderungen', 'verwendung', 'nutzung', 'beispiele', 'beispiel', 'änderungen', 'wichtige änderungen',
    'neue funktionen', 'funktionen', 'fehlerbehebungen', 'bekannte probleme', 'hinweise', 'hinweis',
    'erste schritte', 'hintergrund', 'beschreibung', 'was ist schiefgelaufen', 'was ist passiert',
    'nächste schritte', 'siehe auch', 'konfiguration', 'einrichtung', 'optionen', 'lizenz'
  ],
  fr: [
    'présentation', 'aperçu', 'sommaire', 'résumé', 'prérequis', 'utilisation', 'exemples', 'exemple',
    'changements', 'changements notables', 'changements majeurs', 'nouveautés', 'nouvelles fonctionnalités',
    'fonctionnalités', 'corrections', 'problèmes connus', 'remarques', 'premiers pas', 'contexte',
    "qu'est-ce qui s'est mal passé", "qu'est-ce qui n'a pas fonctionné", 'que s’est-il passé', 'prochaines étapes',
    'étapes suivantes', 'voir aussi', 'paramètres', 'syntaxe', 'licence'
  ],
  es: [
    'introducción', 'descripción general', 'resumen', 'índice', 'requisitos', 'requisitos previos', 'instalación',
    'uso', 'ejemplos', 'ejemplo', 'cambios', 'cambios notables', 'cambios importantes', 'novedades',
    'nuevas funciones', 'características', 'correcciones', 'problemas conocidos', 'notas', 'primeros pasos',
    'contexto', 'descripción', 'qué salió mal', 'qué ha fallado', 'próximos pasos', 'siguientes pasos',
    'véase también', 'ver también', 'configuración', 'opciones', 'parámetros', 'sintaxis', 'licencia'
  ],
  pt: [
    'visão geral', 'introdução', 'resumo', 'pré-requisitos', 'instalação', 'exemplos', 'exemplo', 'mudanças',
    'alterações', 'mudanças notáveis', 'novos recursos', 'recursos', 'correções', 'problemas conhecidos',
    'primeiros passos', 'descrição', 'o que deu errado', 'o que aconteceu', 'próximos passos', 'veja também',
    'configuração', 'opções', 'sintaxe', 'licença'
  ],
  it: [
    'panoramica', 'introduzione', 'sommario', 'riepilogo', 'prerequisiti', 'requisiti', 'installazione',
    'utilizzo', 'esempi', 'esempio', 'modifiche', 'novità', 'nuove funzionalità', 'funzionalità', 'correzioni',
    'problemi noti', 'per iniziare', 'contesto', 'descrizione', 'cosa è andato storto', 'prossimi passi',
    'vedi anche', 'configurazione', 'opzioni', 'parametri', 'sintassi', 'licenza'
  ],
  nl: [
    'overzicht', 'inleiding', 'introductie', 'samenvatting', 'inhoud', 'vereisten', 'installatie', 'gebruik',
    'voorbeelden', 'voorbeeld', 'wijzigingen', 'nieuwe functies', 'bekende problemen', 'opmerkingen',
    'aan de slag', 'achtergrond', 'beschrijving', 'wat ging er mis', 'volgende stappen', 'zie ook',
    'configuratie', 'opties', 'licentie'
  ],
  ru: [
    'обзор', 'введение', 'содержание', 'итоги', 'требования', 'предварительные требования', 'установка',
    'использование', 'примеры', 'пример', 'изменения', 'основные изменения', 'важные изменения',
    'новые возможности', 'исправления', 'исправления ошибок', 'известные проблемы', 'примечания', 'примечание',
    'начало работы', 'описание', 'что пошло не так', 'что случилось', 'следующие шаги', 'см. также',
    'смотрите также', 'настройка', 'конфигурация', 'параметры', 'синтаксис', 'лицензия'
  ],
  ja: [
    '概要', 'はじめに', '目次', '前提条件', 'まとめ', '導入', 'インストール', '使い方', '使用方法', '使用例',
    '変更点', '主な変更点', '破壊的変更', '新機能', 'バグ修正', '既知の問題', '注意', '注意事項', '備考', '背景',
    '説明', '何が問題か', '何が起きたか', '次のステップ', '関連項目', '設定', 'オプション', '構文', 'ライセンス'
  ],
  zh: [
    '概述', '简介', '介绍', '目录', '总结', '前言', '概览', '前提条件', '先决条件', '安装', '用法', '示例', '变更',
    '重大变更', '新功能', '新特性', '错误修复', '已知问题', '注意事项', '说明', '入门', '快速开始', '背景',
    '出了什么问题', '哪里出错了', '下一步', '另请参阅', '配置', '选项', '语法', '许可证', '簡介', '介紹', '目錄',
    '總結', '安裝', '範例', '變更', '重大變更', '錯誤修復', '已知問題', '說明', '快速開始', '出了什麼問題', '參見',
    '設定', '選項', '語法', '授權'
  ],
  ko: [
    '개요', '소개', '목차', '요약', '사전 요구 사항', '필수 조건', '설치', '사용법', '예제', '예시', '변경 사항',
    '주요 변경 사항', '새로운 기능', '버그 수정', '알려진 문제', '참고', '시작하기', '배경', '설명',
    '무엇이 잘못되었나요', '다음 단계', '설정', '구성', '옵션', '구문', '라이선스'
  ],
  th: ['ภาพรวม', 'บทนำ', 'สารบัญ', 'สรุป', 'การติดตั้ง', 'การใช้งาน', 'ตัวอย่าง', 'การเปลี่ยนแปลง', 'การตั้งค่า']
}

/**
 * Titles of recurring posts (`This Week in Orbit`, `Monthly Digest`,
 * `Release notes`), as written: such a title stands over one item of the
 * series, which the heading names.
 */
const seriesPhrases = [
  'this week in', 'weekly update', 'weekly digest', 'weekly roundup', 'weekly news', 'weekly report',
  'monthly digest', 'monthly update', 'monthly report', 'monthly roundup', 'monthly news', 'newsletter',
  'digest', 'release notes', 'changelog', 'change log', 'roundup', 'recap', 'progress report', 'status update',
  'project update', "what's new in", 'year in review', 'highlights', 'community update', 'wochenrückblick', 'monatsrückblick', 'versionshinweise',
  'notes de version', 'lettre d’information', 'notas de la versión', 'boletín', 'notas de versão', 'дайджест',
  'リリースノート', '週報', '月報', '更新日志', '发布说明', '周报', '月报', '릴리스 노트'
]

/** Words that join two labels into one (`Parameters and return value`). */
const conjunctions = /\s(?:and|und|et|y|e|en|и|&)\s/u

const sectionLabels = new Set(Object.values(sectionLabelsByLanguage).flat().map(foldPhrase))
const series = seriesPhrases.map(foldPhrase)
const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
/** A version number: `14.2.0`, `v5`, `5.0`. */
const version = /(?<![\p{L}\p{N}.])(?:[vV]\p{N}+|\p{N}+\.\p{N}+)/u

/**
 * Whether `text` is a section label in one of the supported languages, or
 * labels joined by `and` (`Parameters and return value`), ignoring case,
 * diacritics, punctuation and a leading number (`2. Usage`).
 */
export function isSectionLabel(text: string): boolean {
  return text.split(conjunctions).every((part) => sectionLabels.has(foldPhrase(part).replace(/^\p{N}+ /u, '')))
}

/**
 * Whether `text` is the title of one post of a series: a series name
 * (`Monthly Digest`, `This Week in Orbit 42`, `Release notes`), a date
 * (`Orbit Community Highlights, March 2021`) or a version (`Kettlebrew
 * 14.2.0 (Current)`, `Announcing Orbit 5.0`). Such a title stands over
 * its items or sections.
 */
export function isSeriesTitle(text: string): boolean {
  const folded = ' ' + foldPhrase(text) + ' '
  if (series.some((phrase) => folded.includes(spaceless.test(phrase) ? phrase : ' ' + phrase + ' '))) return true
  return version.test(text) || findDates(text).length > 0
}

/** Fold a phrase: NFKC, each word folded (case, diacritics), words joined by one space. */
function foldPhrase(text: string): string {
  return (text.normalize('NFKC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(foldWord).join(' ')
}

/**
 * What the benchmark times, each a function from a document's text to its
 * result: the bare parse (the floor), the preset, every rule alone (found in
 * `packages/remark-lint-*` at run time), and the tools users would compare
 * with.
 */
import {readdirSync} from 'node:fs'
import {fix_text} from 'ftfy-js'
import {lint as markdownlint} from 'markdownlint/sync'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import remarkPresetLintContentQuality from '../packages/remark-preset-lint-content-quality/dist/index.js'
import remarkContentQualitySyntax from '../packages/remark-preset-lint-content-quality/dist/syntax.js'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {unified, type PluggableList, type Plugin} from 'unified'
import {VFile} from 'vfile'

/** A timed subject: lints one document and returns its messages (or fixed text). */
export interface Subject {
  name: string
  /** `floor`, `ours` (the preset and each rule) or `peer`. */
  kind: 'floor' | 'ours' | 'peer'
  run: (text: string) => Promise<unknown> | unknown
}

/** The parse the preset does: frontmatter, and the preset's syntax plugin (GFM on, MDX for `.mdx`). */
export const parserPlugins: PluggableList = [[remarkFrontmatter, ['yaml', 'toml']], remarkContentQualitySyntax]

/** The markdown parser every remark subject and benchmark uses. */
export const parser = remark().use(parserPlugins).freeze()

/**
 * Parse and run `plugins` as the remark CLI does, without writing the
 * document back; `syntax` is what parses (the preset brings its own). Each
 * processor is made from scratch: a copy of a frozen processor
 * (`parser()`) attaches its plugins again over the data the first freeze
 * filled, and parses with every micromark extension twice (a quarter
 * slower on real pages).
 */
function remarkSubject(name: string, kind: Subject['kind'], plugins: PluggableList, syntax = parserPlugins): Subject {
  const processor = remark().use(syntax).use(plugins).freeze()
  return {
    name,
    kind,
    async run(text) {
      const file = new VFile(text)
      await processor.run(processor.parse(file), file)
      return file.messages
    }
  }
}

/** The median of `values` (the upper one of an even count). */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

/** The ids of the rules in `packages/remark-lint-*`. */
export function ruleIds(): string[] {
  return readdirSync(new URL('../packages/', import.meta.url))
    .filter((name) => name.startsWith('remark-lint-'))
    .map((name) => name.slice('remark-lint-'.length))
    .sort()
}

/** Load rule `id` from its built package. */
export async function loadRule(id: string): Promise<Plugin> {
  const url = new URL('../packages/remark-lint-' + id + '/dist/index.js', import.meta.url)
  return ((await import(url.href)) as {default: Plugin}).default
}

/** ftfy's encoding repair only (no quote, entity or width changes): the mojibake peer. */
export const ftfyEncodingOnly = {
  unescape_html: false,
  remove_terminal_escapes: false,
  fix_encoding: true,
  restore_byte_a0: true,
  replace_lossy_sequences: true,
  decode_inconsistent_utf8: true,
  fix_c1_controls: false,
  fix_latin_ligatures: false,
  fix_character_width: false,
  uncurl_quotes: false,
  fix_line_breaks: false,
  fix_surrogates: false,
  remove_control_chars: false,
  normalization: null
} as const

/** Every subject, floor first. */
export async function allSubjects(): Promise<Subject[]> {
  const subjects: Subject[] = [
    remarkSubject('remark parse (floor)', 'floor', []),
    remarkSubject('content-quality preset', 'ours', [remarkPresetLintContentQuality], [])
  ]
  for (const id of ruleIds()) subjects.push(remarkSubject('rule ' + id, 'ours', [remarkLint, await loadRule(id)]))
  subjects.push(
    {
      name: 'markdownlint defaults',
      kind: 'peer',
      run: (text) => markdownlint({strings: {document: text}, config: {default: true}})
    },
    remarkSubject('remark-lint recommended', 'peer', [remarkPresetLintRecommended]),
    remarkSubject('retext-repeated-words', 'peer', [[remarkRetext, unified().use(retextEnglish).use(retextRepeatedWords)]]),
    {name: 'ftfy-js (encoding)', kind: 'peer', run: (text) => fix_text(text, ftfyEncodingOnly)}
  )
  return subjects
}

import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import {sketchPage, type PageSketch} from '../lib/index.ts'

/** The sketch of a page of markdown (YAML frontmatter, CommonMark), with 5-word shingles of its prose. */
export function sketch(value: string): PageSketch {
  return sketchPage(parser.parse(value), value, {shingleSize: 5, include: []})
}

const parser = remark().use(remarkFrontmatter).freeze()

/**
 * Pages for the tests, written here: paragraphs of words drawn from a
 * vocabulary of 64 by a seeded generator, so a page is the same on every
 * run and two seeds share almost no five-word run (one in 64⁵).
 */
const vocabulary = (
  'printer router laptop tablet scanner phone drive monitor cable socket driver update window ' +
  'morning evening lunch meeting office kitchen garden river bridge market station ticket ' +
  'quiet loud early late broken shiny heavy light warm cold green yellow purple silver ' +
  'runs stops blinks hums sleeps waits jumps reads writes prints sends opens closes ' +
  'often never always rarely slowly quickly again together'
).split(' ')

/** A generator of numbers in [0, 1) from `seed` (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` paragraphs of 40 words each (four sentences), from `seed`. */
export function paragraphs(seed: number, count: number): string[] {
  const next = random(seed)
  const word = (): string => vocabulary[Math.floor(next() * vocabulary.length)]!
  const sentence = (): string => {
    const words = Array.from({length: 10}, word)
    return words[0]!.charAt(0).toUpperCase() + words.join(' ').slice(1) + '.'
  }
  return Array.from({length: count}, () => Array.from({length: 4}, sentence).join(' '))
}

/** A page: frontmatter with `title` (and `date` when given), a heading, and paragraphs. */
export function page(title: string, body: readonly string[], date?: string): string {
  return '---\ntitle: ' + title + '\n' + (date ? 'date: ' + date + '\n' : '') + '---\n\n# ' + title + '\n\n' + body.join('\n\n') + '\n'
}

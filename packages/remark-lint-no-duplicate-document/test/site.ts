/**
 * Test helper: a site in a temporary folder, pages written from the
 * paragraphs below, and its duplicates index made the way
 * `content-quality-duplicates --write-index` makes it (a sketch of each
 * page, `serializeIndex`), without the CLI.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {defaultOptions, serializeIndex, type DuplicateOptions} from 'content-quality-sketch'
import {sketchOfFile} from './lint-file.ts'

/** Paragraphs of our own, about 60 words each. */
export const paragraphs = {
  kettle: [
    'A copper kettle on a wood stove takes about twelve minutes to boil a litre of well water, and the lid rattles a little before the whistle starts. We keep a folded cloth by the handle because the brass grows hot enough to blister a careless thumb, and nobody in the house has learned that lesson only once.',
    'Descaling matters more than polish. Every second Sunday the kettle gets a cup of white vinegar and a litre of water, simmered for ten minutes and left to stand overnight. By morning the chalky crust along the seam has softened, and a wooden spoon lifts it away without scratching the tinned lining inside.',
    'The spout is the weak point of the design. Steam condenses at its narrow mouth, drips back along the outside, and leaves a green trail of verdigris down the belly unless someone wipes it dry. A drop of olive oil rubbed into the copper once a month keeps the trail from coming back quite so quickly.'
  ],
  bicycle: [
    'Our neighbour rebuilt a touring bicycle from a rusted frame she found behind the bakery, sanding the tubes by hand over three long weekends in the garage. She chose a dull green enamel because it hides road dust, and she fitted mudguards cut from an old plastic sledge that had cracked during the winter before last.',
    'The wheels came from two different bicycles, so the front hub clicks while the rear one hums, and she says the mismatch tells her which wheel needs grease first. A wicker basket rides above the front light, and in it she carries bread, library books, and occasionally a very patient grey cat.'
  ]
}

/** A page: optional frontmatter date, a title heading, paragraphs. */
export function page(title: string, texts: readonly string[], date?: string): string {
  return (date ? '---\ndate: ' + date + '\n---\n\n' : '') + '# ' + title + '\n\n' + texts.join('\n\n') + '\n'
}

/** A site on disk. */
export interface Site {
  folder: string
  /** Write a page at `name` (relative, forward slashes). */
  write(name: string, text: string): string
  /** Index every page in `names` into `indexName` (default `duplicates-index.json`) and return its path. */
  index(names: readonly string[], options?: Partial<DuplicateOptions>, indexName?: string): string
  remove(name: string): void
}

const folders: string[] = []

/** Remove every site made so far. */
export function removeSites(): void {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
}

/** A new, empty site in a temporary folder. */
export function makeSite(): Site {
  const folder = mkdtempSync(path.join(tmpdir(), 'no-duplicate-document-'))
  folders.push(folder)
  return {
    folder,
    write(name, text) {
      const file = path.join(folder, name)
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, text)
      return file
    },
    index(names, options = {}, indexName = 'duplicates-index.json') {
      const full: DuplicateOptions = {...defaultOptions, ...options}
      const file = path.join(folder, indexName)
      const base = path.dirname(file)
      const pages = names.map((name) => {
        const absolute = path.join(folder, name)
        const sketch = sketchOfFile(absolute, full)
        return {path: path.relative(base, absolute).split(path.sep).join('/'), words: sketch.words, date: sketch.date, signature: sketch.signature}
      })
      mkdirSync(base, {recursive: true})
      writeFileSync(file, serializeIndex({options: full, pages}))
      return file
    },
    remove(name) {
      rmSync(path.join(folder, name))
    }
  }
}

import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import path from 'node:path'
import {copyReason, findCopies, type DuplicateOptions, type Group} from 'content-quality-sketch'
import type {SketchedFile} from './sketch-files.js'

/** The rule id of messages about copies, the same as the rule's that reads an index. */
export const ruleId = 'no-duplicate-document'

/** Where the messages point for more. */
export const documentationUrl = 'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/content-quality-duplicates#readme'

/** What a run found. */
export interface Duplicates {
  /** One file a page, in the order given, with a message on each copy and on each page that could not be read. */
  files: VFile[]
  groups: Group[]
}

/** How many pages of a group a message names. */
const namedPages = 10

/**
 * The copies among sketched pages (`findCopies`), in groups, and a
 * file for each page with one warning on each copy of an earlier page (at
 * its first block, the original as `cause`, the group in `note`) and a fatal
 * message on each page that could not be read.
 */
export function findDuplicates(sketched: readonly SketchedFile[], options: DuplicateOptions, cwd: string): Duplicates {
  const empty = {words: 0, shingles: new Uint32Array(0), signature: new Uint32Array(0), date: undefined, start: undefined}
  const sketches = sketched.map((file) => file.sketch ?? empty)
  // Ordered by absolute paths, as the rule orders them, wherever the index is.
  const groups = findCopies(
    sketches.map((sketch, index) => ({...sketch, path: path.resolve(cwd, sketched[index]!.path)})),
    options
  )
  const files = sketched.map((file) => new VFile({path: file.path, cwd}))

  sketched.forEach(function (file, index) {
    if (file.error === undefined) return
    const message = files[index]!.message(file.error.reason, {place: file.error.place, ruleId, source: 'content-quality-duplicates'})
    message.fatal = true
  })
  for (const group of groups) {
    const names = group.pages.slice(0, namedPages).map((page) => '`' + sketched[page]!.path + '`')
    const note =
      'Group of ' + group.pages.length + ' near-duplicate pages, earliest first: ' + names.join(', ') + (group.pages.length > namedPages ? ', …' : '')
    for (const copy of group.copies) {
      const original = sketched[copy.original]!
      const cause = new VFileMessage('The earlier page, `' + original.path + '`', {place: original.sketch!.start, ruleId, source: 'remark-lint'})
      cause.file = original.path
      const message = files[copy.page]!.message(copyReason(original.path, copy.jaccard, copy.estimate), {
        place: sketches[copy.page]!.start,
        ruleId,
        source: 'remark-lint',
        cause
      })
      message.note = note
      message.url = documentationUrl
    }
  }
  return {files, groups}
}

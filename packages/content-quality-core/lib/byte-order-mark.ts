import type {Processor} from 'unified'
import type {VFile} from 'vfile'

/**
 * remark plugin that keeps remark-lint from dropping messages of a file that
 * starts with a byte-order mark. micromark drops the mark, so the tree's
 * offsets (and the gaps between its nodes) do not count it, but remark-lint's
 * message control (`unified-message-control`) counts message offsets in the
 * file with the mark: every message after the first line lands one character
 * late, and one at the end of a block falls into the gap after it and is
 * lost. This plugin hides the mark from the file while message control runs
 * and puts the file back as it was right after.
 *
 * Put it after `remark-lint` and the rules: its own transform must run after
 * theirs (they read the file as it is), and the one it adds runs after the
 * message control that remark-lint adds when the processor is frozen.
 */
export function remarkHideByteOrderMark(this: Processor): (tree: unknown, file: VFile) => undefined {
  const originals = new WeakMap<VFile, VFile['value']>()

  this.use(function () {
    return function (_: unknown, file: VFile): undefined {
      if (!originals.has(file)) return
      file.value = originals.get(file)!
      originals.delete(file)
    }
  })

  return function (_, file) {
    const text = String(file)
    if (text.charCodeAt(0) !== 0xfe_ff) return
    originals.set(file, file.value)
    file.value = text.slice(1)
  }
}

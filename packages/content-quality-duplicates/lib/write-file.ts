import {rename, rm, writeFile} from 'node:fs/promises'

/**
 * Write `text` to `file` whole or not at all: to a temporary file beside it,
 * then renamed over it, so that a reader (the rule in a language server)
 * never sees half of it.
 */
export async function writeFileWhole(file: string, text: string): Promise<void> {
  const temporary = file + '.' + process.pid + '.tmp'
  try {
    await writeFile(temporary, text)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

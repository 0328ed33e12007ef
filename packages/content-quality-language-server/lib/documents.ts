import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Where a document lives for linting: its path and the folder to lint it from. */
export interface DocumentPlace {
  filePath: string
  cwd: string
}

/**
 * The path and `cwd` to lint a document with. A `file:` document is linted
 * from the innermost workspace folder that holds it, else from the nearest
 * folder above it with a `package.json` or `.git`, else from its own folder.
 * A document that is not a file yet (`untitled:`) is linted as a file of the
 * first workspace folder (or the server's folder) named after its language,
 * so an MDX buffer is still read as MDX.
 */
export function placeOf(uri: string, languageId: string, workspaceFolders: string[]): DocumentPlace {
  const filePath = filePathOf(uri)
  if (filePath !== undefined) {
    const folder = workspaceFolders
      .filter((workspace) => filePath.startsWith(workspace.endsWith(path.sep) ? workspace : workspace + path.sep))
      .sort((a, b) => b.length - a.length)[0]
    return {filePath, cwd: folder ?? projectFolderOf(path.dirname(filePath))}
  }
  const cwd = workspaceFolders[0] ?? process.cwd()
  const name = (uri.split(/[/:]/).at(-1) || 'untitled').replace(/\.(md|mdx|markdown)$/i, '')
  return {filePath: path.join(cwd, name + (languageId === 'mdx' ? '.mdx' : '.md')), cwd}
}

/** The path of a `file:` URI (trailing separators dropped, except a root's); `undefined` for other URIs and for ones this platform cannot read (`file://host/…` outside Windows). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return path.resolve(fileURLToPath(uri))
  } catch {
    return undefined
  }
}

/** The nearest folder from `folder` upwards with a `package.json` or `.git`; `folder` itself when there is none. */
function projectFolderOf(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'package.json')) || existsSync(path.join(current, '.git'))) return current
    if (path.dirname(current) === current) return folder
  }
}

/**
 * Every regular expression in the rules' and core's library code passes a
 * ReDoS check with `recheck`. The expressions are collected with the
 * TypeScript compiler from `packages/*\/lib/**\/*.ts`, so a new rule's
 * expressions are checked without touching this file: regex literals and
 * `RegExp` constructions from string literals. A `RegExp` built from anything
 * else cannot be checked and fails the test, unless the line above it says
 * `// A user's pattern` — a pattern from the user's own configuration, which
 * is theirs to keep safe (it never comes from the linted document).
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {check} from 'recheck'
import ts from 'typescript'

const packages = new URL('../packages/', import.meta.url)

/** A regular expression found in the source, or a `RegExp` call whose pattern is not a literal. */
interface Found {
  where: string
  /** Built from a user's configured pattern (marked in the source). */
  fromUser?: boolean
  source?: string
  flags?: string
}

/** The library files of every package. */
function libraryFiles(): string[] {
  return readdirSync(packages).flatMap((name) => {
    const lib = new URL(name + '/lib/', packages)
    let files: string[]
    try {
      files = readdirSync(lib, {recursive: true, encoding: 'utf8'})
    } catch {
      return []
    }
    return files.filter((file) => file.endsWith('.ts')).map((file) => fileURLToPath(new URL(file, lib)))
  })
}

/** The regular expressions of one file. */
function expressionsIn(path: string): Found[] {
  const text = readFileSync(path, 'utf8')
  const lines = text.split('\n')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const where = (node: ts.Node): string => {
    const {line} = file.getLineAndCharacterOfPosition(node.getStart(file))
    return path.slice(fileURLToPath(packages).length) + ':' + (line + 1)
  }
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined

  visit(file)
  return found

  function visit(node: ts.Node): void {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/')
      found.push({where: where(node), source: node.text.slice(1, end), flags: node.text.slice(end + 1)})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      const source = literalText(pattern)
      const flagText = flags === undefined ? '' : literalText(flags)
      const {line} = file.getLineAndCharacterOfPosition(node.getStart(file))
      const fromUser = (lines[line - 1] ?? '').includes("// A user's pattern")
      found.push(
        source === undefined || flagText === undefined ? {where: where(node), fromUser} : {where: where(node), source, flags: flagText}
      )
    }
    ts.forEachChild(node, visit)
  }
}

const expressions = libraryFiles().flatMap(expressionsIn)

describe('regular expressions in library code', () => {
  it('are found', () => assert.ok(expressions.length >= 5, 'the collector found only ' + expressions.length))

  it("are only built at run time from a user's configured pattern", () => {
    assert.deepEqual(
      expressions.filter((found) => found.fromUser).map((found) => found.where),
      ['remark-lint-no-ad-markup/lib/classify-url.ts:36', 'remark-lint-no-ad-markup/lib/detect.ts:68']
    )
  })

  it('are all literals that can be checked', () => {
    assert.deepEqual(
      expressions.filter((found) => found.source === undefined && !found.fromUser).map((found) => found.where),
      [],
      'RegExp built at run time: use a literal so it is checked for ReDoS'
    )
  })

  for (const {where, source, flags} of expressions) {
    if (source === undefined) continue
    it(`${where} /${source}/${flags}`, {timeout: 120_000}, async () => {
      const result = await check(source, flags!, {timeout: 60_000})
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}, attack ${result.attack.pattern}`
          : result.status === 'unknown'
            ? 'unknown: ' + result.error.kind
            : ''
      assert.equal(result.status, 'safe', detail)
    })
  }
})

/**
 * Test helper: both supported ESLint majors (9 as `eslint`, 10 through the
 * `eslint10` alias), their `RuleTester` wired to node:test, and the
 * `@eslint/markdown` settings of the recommended config.
 */
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {describe, it} from 'node:test'
import markdown from '@eslint/markdown'
import {Linter as Linter9, RuleTester as RuleTester9} from 'eslint'
import {Linter as Linter10, RuleTester as RuleTester10} from 'eslint10'

const require = createRequire(import.meta.url)

for (const RuleTester of [RuleTester9, RuleTester10]) {
  RuleTester.describe = describe
  RuleTester.it = it
  RuleTester.itOnly = it.only
}

/** One ESLint major: its API and its CLI script. */
export interface EslintVersion {
  name: string
  Linter: typeof Linter9
  RuleTester: typeof RuleTester9
  bin: string
}

export const eslintVersions: EslintVersion[] = [
  {name: 'ESLint 9', Linter: Linter9, RuleTester: RuleTester9, bin: binOf('eslint')},
  {
    name: 'ESLint 10',
    Linter: Linter10 as unknown as typeof Linter9,
    RuleTester: RuleTester10 as unknown as typeof RuleTester9,
    bin: binOf('eslint10')
  }
]

/** The CLI script of an installed ESLint package (its `bin` is not exported). */
function binOf(name: string): string {
  return join(dirname(require.resolve(name + '/package.json')), 'bin', 'eslint.js')
}

/** What `RuleTester` needs to parse markdown as the recommended config does. */
export const markdownTesterConfig = {
  plugins: {markdown},
  language: 'markdown/gfm',
  languageOptions: {frontmatter: 'yaml'}
}

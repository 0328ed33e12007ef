/**
 * What the README says about silencing a rule in a document: ESLint reads
 * `<!-- eslint-disable … -->` comments (with the plugin's namespace), remark
 * reads `<!-- lint disable … -->` comments, and neither reads the other's.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import remarkLintNoMojibake from 'remark-lint-no-mojibake'
import {lint} from '../../../test/lint.ts'
import plugin from '../lib/index.ts'
import {eslintVersions} from './eslint-versions.ts'

/** `line:column rule message` of each ESLint message. */
function eslintRows(linter: InstanceType<(typeof eslintVersions)[number]['Linter']>, document: string): string[] {
  return linter
    .verify(document, [plugin.configs.recommended] as never, 'doc.md')
    .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)
}

/** `line:column rule` of each remark message. */
async function remarkRows(document: string): Promise<string[]> {
  return (await lint(document, [remarkLintNoMojibake])).map((message) => message.range.split('-')[0] + ' ' + message.ruleId)
}

const mojibake = 'Unexpected mojibake `Ã©`, expected `é`'

for (const {name, Linter} of eslintVersions) {
  describe('eslint-disable comments in markdown on ' + name, () => {
    const linter = new Linter()

    it('disables and enables a rule by its namespaced name', () => {
      const document =
        '<!-- eslint-disable content-quality/no-mojibake -->\n\nThe cafÃ©.\n\n' +
        '<!-- eslint-enable content-quality/no-mojibake -->\n\nThe cafÃ©.\n'
      assert.deepEqual(eslintRows(linter, document), ['7:8 content-quality/no-mojibake ' + mojibake])
    })

    it('disables the next line only, or the comment’s own line', () => {
      const next = '<!-- eslint-disable-next-line content-quality/no-mojibake -->\nThe cafÃ©.\nThe cafÃ©.\n'
      assert.deepEqual(eslintRows(linter, next), ['3:8 content-quality/no-mojibake ' + mojibake])
      const same = 'The cafÃ©. <!-- eslint-disable-line content-quality/no-mojibake -->\nThe cafÃ©.\n'
      assert.deepEqual(eslintRows(linter, same), ['2:8 content-quality/no-mojibake ' + mojibake])
    })

    it('reports a rule name without the namespace as unknown', () => {
      assert.deepEqual(eslintRows(linter, '<!-- eslint-disable no-mojibake -->\n\nThe cafÃ©.\n'), [
        "1:1 no-mojibake Definition for rule 'no-mojibake' was not found.",
        '3:8 content-quality/no-mojibake ' + mojibake
      ])
    })

    it('ignores remark’s lint comments', () => {
      assert.deepEqual(eslintRows(linter, '<!-- lint disable no-mojibake -->\n\nThe cafÃ©.\n'), [
        '3:8 content-quality/no-mojibake ' + mojibake
      ])
    })

    it('warns about a disable comment that silences nothing', () => {
      assert.deepEqual(eslintRows(linter, '<!-- eslint-disable content-quality/no-mojibake -->\n\nAll fine.\n'), [
        "1:1 null Unused eslint-disable directive (no problems were reported from 'content-quality/no-mojibake')."
      ])
    })
  })
}

describe('lint comments in remark', () => {
  it('ignore the whole next node, not just the next line', async () => {
    const document = '<!-- lint ignore no-mojibake -->\nThe cafÃ©.\nThe cafÃ©.\n\nThe cafÃ©.\n'
    assert.deepEqual(await remarkRows(document), ['5:8 no-mojibake'])
  })

  it('ignore ESLint’s comments and say nothing of unused ones', async () => {
    assert.deepEqual(await remarkRows('<!-- eslint-disable content-quality/no-mojibake -->\n\nThe cafÃ©.\n'), [
      '3:8 no-mojibake'
    ])
    assert.deepEqual(await remarkRows('<!-- lint disable no-mojibake -->\n\nAll fine.\n'), [])
  })
})

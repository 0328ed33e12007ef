/**
 * The generic adapter `createEslintRule` with a toy detector: places, fixes
 * versus suggestions (per rule, and findings marked `suggestion`), several replacements,
 * causes, options through `meta.schema`, and a detector that throws.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {ruleDocumentationUrl, type Finding, type OptionsSpec} from 'content-quality-core'
import {createEslintRule, type EslintRuleDefinition} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

interface ToyOptions {
  letters: string[]
  minimum: number
}

const optionsSpec: OptionsSpec<ToyOptions> = {
  letters: {type: 'string-array'},
  minimum: {type: 'integer', minimum: 1, maximum: 3}
}

/**
 * Flags, in prose order: `x` (expected `y`), `ad` (expected deletion, only a suggestion), `q`
 * (expected `a` or `b`), `z` (no fix, caused by the first `w`), each letter
 * of `letters`; throws on `boom`. `minimum` is there for the schema only.
 */
function detectToy(_tree: unknown, source: string, options: ToyOptions): Finding[] {
  if (source.includes('boom')) throw new Error('boom')
  const findings: Finding[] = []
  const firstW = source.indexOf('w')
  for (const match of source.matchAll(/ad|[xqz]/g)) {
    const start = match.index
    const end = start + match[0].length
    const actual = match[0]
    if (actual === 'x') findings.push({start, end, actual, message: 'Unexpected `x`, expected `y`', expected: ['y']})
    if (actual === 'ad') findings.push({start, end, actual, message: 'Unexpected `ad`', expected: [''], suggestion: true})
    if (actual === 'q') findings.push({start, end, actual, message: 'Unexpected `q`', expected: ['a', 'b']})
    if (actual === 'z') {
      findings.push({
        start,
        end,
        actual,
        message: 'Unexpected `z`',
        ...(firstW === -1 ? {} : {cause: {start: firstW, end: firstW + 1, message: 'first `w`'}})
      })
    }
  }
  for (const letter of options.letters) {
    const start = source.indexOf(letter)
    if (start !== -1) findings.push({start, end: start + 1, message: 'Unexpected ' + letter})
  }
  return findings
}

/** The toy rule with the given repair. */
function toyRule(id: string, repair: EslintRuleDefinition<ToyOptions>['repair']) {
  return createEslintRule<ToyOptions>({
    id,
    description: 'Toy rule',
    detect: detectToy,
    optionsSpec,
    defaultOptions: {letters: [], minimum: 1},
    repair
  })
}

const mixed = toyRule('toy', 'fix')
const suggestOnly = toyRule('toy-suggest', 'suggest')

describe('createEslintRule: meta', () => {
  it('documents the rule, its options schema and how it repairs', () => {
    assert.deepEqual(mixed.meta, {
      type: 'problem',
      docs: {description: 'Toy rule', url: ruleDocumentationUrl('toy')},
      schema: [
        {
          type: 'object',
          properties: {letters: {type: 'array', items: {type: 'string'}}, minimum: {type: 'integer', minimum: 1, maximum: 3}},
          additionalProperties: false
        }
      ],
      fixable: 'code',
      hasSuggestions: true
    })
    assert.equal(suggestOnly.meta?.fixable, undefined)
    assert.equal(suggestOnly.meta?.hasSuggestions, true)
  })
})

for (const {name, Linter, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('toy (fixes, and suggestions where a finding says so) on ' + name, mixed as never, {
    valid: [
      {filename: 'a.md', code: 'Nothing to see.\n'},
      {filename: 'b.md', code: 'Nothing to see here, b.\n', options: [{letters: ['c'], minimum: 2}]}
    ],
    invalid: [
      {
        filename: 'fix.md',
        code: 'one x\n',
        output: 'one y\n',
        errors: [{message: 'Unexpected `x`, expected `y`', line: 1, column: 5, endLine: 1, endColumn: 6, suggestions: []}]
      },
      {
        filename: 'delete.md',
        code: 'an ad\n',
        output: null,
        errors: [
          {
            message: 'Unexpected `ad`',
            line: 1,
            column: 4,
            endLine: 1,
            endColumn: 6,
            suggestions: [{desc: 'Delete `ad`', output: 'an \n'}]
          }
        ]
      },
      {
        filename: 'choice.md',
        code: 'one q\n',
        output: null,
        errors: [
          {
            message: 'Unexpected `q`',
            suggestions: [
              {desc: 'Replace with `a`', output: 'one a\n'},
              {desc: 'Replace with `b`', output: 'one b\n'}
            ]
          }
        ]
      },
      {
        filename: 'cause.md',
        code: 'w\n\nsome z\n',
        output: null,
        errors: [{message: 'Unexpected `z` (first `w` at 1:1)', line: 3, column: 6, endLine: 3, endColumn: 7}]
      },
      {
        filename: 'options.md',
        code: 'Nothing to see here, b.\n',
        options: [{letters: ['b']}],
        output: null,
        errors: [{message: 'Unexpected b', line: 1, column: 22}]
      },
      {
        filename: 'crash.md',
        code: 'boom\n',
        output: null,
        errors: [{message: 'Unexpected internal error in `toy`: boom', line: 1, column: 1}]
      }
    ]
  })

  tester.run('toy (suggest only) on ' + name, suggestOnly as never, {
    valid: [],
    invalid: [
      {
        filename: 'fix.md',
        code: 'one x\n',
        output: null,
        errors: [{message: 'Unexpected `x`, expected `y`', suggestions: [{desc: 'Replace with `y`', output: 'one y\n'}]}]
      }
    ]
  })

  describe('toy options on ' + name, () => {
    const linter = new Linter()
    const config = (options: unknown) => [
      {
        files: ['**/*.md'],
        ...markdownTesterConfig,
        plugins: {...markdownTesterConfig.plugins, toy: {rules: {toy: mixed}}},
        rules: {'toy/toy': ['error', options]}
      }
    ]

    // ESLint words these messages itself; it names unknown options but not
    // the option whose value has the wrong type or range.
    it('rejects the options the remark rule rejects', () => {
      const rejects = (options: unknown, reason: RegExp) =>
        assert.throws(() => linter.verify('x\n', config(options) as never, 'doc.md'), reason)
      rejects({minimum: 4}, /"toy\/toy":\n\tValue 4 should be <= 3/)
      rejects({minimum: 1.5}, /Value 1\.5 should be integer/)
      rejects({letters: 'b'}, /Value "b" should be array/)
      rejects({letters: [1]}, /Value 1 should be string/)
      rejects({colour: true}, /Unexpected property "colour"\. Expected properties: "letters", "minimum"/)
      rejects('b', /Value "b" should be object/)
    })

    it('accepts valid options', () => {
      const messages = linter.verify('b x\n', config({letters: ['b'], minimum: 3}) as never, 'doc.md')
      assert.deepEqual(
        messages.map((message) => message.message),
        ['Unexpected b', 'Unexpected `x`, expected `y`']
      )
    })
  })
}

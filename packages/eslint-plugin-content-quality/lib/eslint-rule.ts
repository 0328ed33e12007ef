import type {MarkdownRuleDefinition, MarkdownSourceCode} from '@eslint/markdown'
import {
  capFindings,
  internalErrorMessage,
  maxMessagesOf,
  optionsJsonSchema,
  quote,
  readOptions,
  ruleDocumentationUrl,
  type Detector,
  type Finding,
  type OptionsSpec
} from 'content-quality-core'

/**
 * How a finding's known replacement is offered: `fix` is applied by
 * `eslint --fix`, `suggest` only shows in editors as a suggestion (for
 * repairs a person should confirm, such as deleting a paragraph).
 */
export type Repair = 'fix' | 'suggest'

/** Everything the ESLint adapter needs to know about a rule. */
export interface EslintRuleDefinition<Options extends object> {
  /** Rule id, such as `no-mojibake`; ESLint names it `content-quality/<id>`. */
  id: string
  /** One line for `meta.docs.description`. */
  description: string
  /** The detector the remark rule uses. */
  detect: Detector<Options>
  /** The options the remark rule accepts; becomes `meta.schema`. */
  optionsSpec: OptionsSpec<Options>
  /** The remark rule's defaults, filled in for options left out. */
  defaultOptions: Options
  /**
   * Checks beyond the schema (such as compiling user patterns), throwing an
   * `OptionsError`; ESLint then stops with that message, as for a schema error.
   */
  checkOptions?: (options: Options) => Options
  /** How the rule's `expected` replacements are offered; a finding marked `suggestion` is always a suggestion. */
  repair: Repair
}

/** An ESLint rule for `@eslint/markdown` with one free-form options object. */
export type ContentRule = MarkdownRuleDefinition<{RuleOptions: [object?]}>

/**
 * Make an ESLint rule for `@eslint/markdown` out of a detector. The detector
 * sees the same mdast tree and source text as under remark (`@eslint/markdown`
 * parses with the same micromark and strips a byte-order mark the same way),
 * so offsets carry over unchanged and become `loc` through
 * `sourceCode.getLocFromIndex`. A finding with one `expected` becomes a fix or
 * a suggestion (see `repair`); with several, one suggestion each. ESLint has
 * no related locations: a `cause` is appended to the message as
 * `(<cause> at line:column)`.
 */
export function createEslintRule<Options extends object>(definition: EslintRuleDefinition<Options>): ContentRule {
  const {id, detect, optionsSpec, defaultOptions, repair} = definition
  const mayFix = repair === 'fix'
  return {
    meta: {
      type: 'problem',
      docs: {description: definition.description, url: ruleDocumentationUrl(id)},
      schema: [optionsJsonSchema(optionsSpec)],
      // A finding with several replacements is always a set of suggestions.
      ...(mayFix ? {fixable: 'code' as const} : {}),
      hasSuggestions: true
    },
    create(context) {
      const sourceCode = context.sourceCode
      // `meta.schema` has already checked the options' shape; this fills in
      // defaults and runs the rule's own checks.
      const filled = readOptions(context.options[0], optionsSpec, defaultOptions)
      const options = definition.checkOptions ? definition.checkOptions(filled) : filled
      return {
        root(tree) {
          let findings: Finding[]
          try {
            findings = detect(tree, sourceCode.text, options)
          } catch (error) {
            context.report({
              loc: {line: 1, column: 1},
              message: internalErrorMessage(id, error)
            })
            return
          }
          for (const finding of capFindings(findings, id, maxMessagesOf(options))) report(finding)
        }
      }

      function report(finding: Finding): void {
        const loc = {start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end)}
        const message = finding.message + causeNote(finding, sourceCode)
        const range: [number, number] = [finding.start, finding.end]
        const expected = finding.expected ?? []
        const how = finding.suggestion ? 'suggest' : repair
        if (expected.length === 1 && how === 'fix') {
          context.report({loc, message, fix: (fixer) => fixer.replaceTextRange(range, expected[0]!)})
        } else if (expected.length > 0) {
          context.report({
            loc,
            message,
            suggest: expected.map((replacement) => ({
              desc: replacement === '' ? 'Delete ' + shorten(finding.actual) : 'Replace with ' + quote(replacement),
              fix: (fixer) => fixer.replaceTextRange(range, replacement)
            }))
          })
        } else {
          context.report({loc, message})
        }
      }
    }
  }
}

/** ` (<cause message> at line:column)`, or nothing when there is no cause. */
function causeNote(finding: Finding, sourceCode: MarkdownSourceCode): string {
  if (!finding.cause) return ''
  const {line, column} = sourceCode.getLocFromIndex(finding.cause.start)
  return ' (' + finding.cause.message + ' at ' + line + ':' + column + ')'
}

/** A quoted excerpt of deleted text for a suggestion's label. */
function shorten(actual: string | undefined): string {
  if (actual === undefined) return 'the flagged text'
  return quote(actual.length > 40 ? actual.slice(0, 39) + '…' : actual)
}

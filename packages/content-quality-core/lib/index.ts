export {quote, type Finding} from './finding.js'
export {
  readFrontmatter,
  type Frontmatter,
  type FrontmatterError,
  type FrontmatterString
} from './frontmatter.js'
export {declaredLanguage, detectLanguage, stopWords, type LanguageCode} from './language.js'
export {htmlTextRanges, parseHtmlNode} from './html.js'
export {htmlUnits, type HtmlUnit, type Visit} from './html-units.js'
export {isJsxElement, jsxAsElement, type JsxElement} from './jsx.js'
export {capFindings, defaultReportOptions, maxMessagesOf, reportOptionsSpec, type ReportOptions} from './message-cap.js'
export {OptionsError, optionsJsonSchema, readOptions, type OptionSpec, type OptionsSpec} from './options.js'
export {proseRanges, type ProseKind, type ProseRange} from './prose.js'
export {sourceOf} from './byte-order-mark.js'
export {
  createRemarkRule,
  detectorFile,
  internalErrorMessage,
  isSuggestion,
  ruleDocumentationUrl,
  type Detector,
  type DetectorFile,
  type RuleDefinition,
  type SuggestingMessage
} from './remark-rule.js'
export {
  objectReplacementCharacter,
  renderedSourceSpan,
  renderedText,
  type InlineBlock,
  type RenderedMarkup,
  type RenderedText
} from './rendered-text.js'
export {rangesOutsideUrls} from './urls.js'
export {remarkPlaceSplitText} from './split-text-positions.js'
export {maximumNesting, nodeDeeperThan, remarkRejectDeepNesting} from './nesting.js'
export {walk} from './walk.js'

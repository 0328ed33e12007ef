/**
 * The phrases `no-scraper-boilerplate` knows page furniture by. This file is
 * data only; `detect.ts` reads it. Users extend the lists through the
 * `labels` and `phrases` options (see the readme).
 *
 * Every phrase is matched case-insensitively against the whole text of a
 * block with runs of white space folded, so "Also read:" matches the label
 * `also read` and "LATEST VIDEOS FROM tomshardware" the furniture prefix
 * `latest videos from`. Phrases that an author writes on purpose in a README
 * ("See also", "Further reading", "Related", "Follow us on") are left out
 * deliberately.
 */

/** Labels sites put above a block of links to their own other pages. */
export const linkFarmLabels: string[] = [
  'also read',
  'read also',
  'related posts',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'you may also like',
  'you might also like',
  'you may also enjoy',
  'you might also enjoy',
  'recommended for you',
  'recommended articles',
  'recommended posts',
  'recommended stories',
  'read next',
  'more stories',
  'more articles',
  'more news',
  'popular posts',
  'trending now',
  "don't miss"
]

/**
 * Furniture: the start of a short block (a line of up to 120 characters)
 * that a page prints around every article.
 */
export const furniturePrefixes: string[] = [
  'latest videos from',
  'stay on the cutting edge',
  'share this article',
  'share this post',
  'share this story',
  'share on facebook',
  'share on twitter',
  'click to share',
  'click to print',
  'print this article',
  'print this page',
  'leave a comment',
  'leave a reply',
  'post a comment',
  'comments are closed',
  'join the conversation',
  'advertisement',
  'scroll to continue with content'
]

/** What a newsletter sign-up box says to get an address. */
export const signUpPatterns: RegExp[] = [
  /\bnewsletter\b/i,
  /\bsign up (?:for|to)\b/i,
  /\bsubscribe (?:to|for)\b/i,
  /\bstraight to your inbox\b/i,
  /\b(?:receive|get) (?:e-?mails?|news and offers)\b/i,
  /\bnews and offers\b/i,
  /\benter your e-?mail\b/i
]

/**
 * The small print under a sign-up box: a phrase, then (in the same sentence,
 * when the second pattern is given) a word that completes it. Split in two
 * so that matching stays linear however long the text.
 */
export const legalPhrases: Array<[phrase: RegExp, completion?: RegExp]> = [
  [/\bby (?:submitting|signing up|subscribing|clicking|entering)\b/i, /\b(?:agree|consent|accept)/i],
  [/\byou (?:agree|consent) to (?:the|our)\b/i, /\b(?:terms|privacy)/i],
  [/\baged? \d+ or (?:over|older)\b/i],
  [/\bunsubscribe at any time\b/i]
]

import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Element, Root as HastRoot} from 'hast'
import {selectAll} from 'hast-util-select'
import {OptionsError} from 'content-quality-core'
import type {FiltersEngine} from '@ghostery/adblocker'

/** What a request is, in the terms of Adblock Plus filter options. */
export type RequestType = 'script' | 'image' | 'sub_frame' | 'other'

/** Filter lists (EasyList, EasyPrivacy, …) ready to check a document with. */
export interface FilterLists {
  /** The network filter that blocks `url`, as written in the list; `undefined` when none does. */
  matchUrl(url: string, type: RequestType): string | undefined
  /** Elements of `tree` that generic cosmetic filters hide, with the filter text. */
  matchElements(tree: HastRoot, classes: string[], ids: string[], hrefs: string[]): Map<Element, string>
}

/**
 * Documents have no address: requests come from this page, so every remote
 * URL is third-party, as it would be on the site the document is published on.
 */
const documentUrl = 'https://document.invalid/'

const cache = new Map<string, Promise<FilterLists>>()

/**
 * Load the Adblock Plus filter lists at `files` (resolved from `cwd`) with
 * `@ghostery/adblocker`, imported only now. The parsed engine is cached
 * between files and runs while the lists are unchanged (same size and
 * modification time). Nothing is fetched: the lists are the user's own
 * downloads. An unreadable list rejects with an `OptionsError`.
 */
export async function loadFilterLists(files: string[], cwd: string): Promise<FilterLists> {
  const resolved = files.map((file) => path.resolve(cwd, file))
  const stamps = await Promise.all(
    resolved.map(async function (file) {
      try {
        const info = await stat(file)
        return file + ':' + info.size + ':' + info.mtimeMs
      } catch (error) {
        throw unreadable(file, error)
      }
    })
  )
  const key = stamps.join('\n')
  let lists = cache.get(key)
  if (!lists) {
    lists = build(resolved)
    cache.set(key, lists)
    lists.catch(() => cache.delete(key))
  }
  return lists
}

function unreadable(file: string, error: unknown): OptionsError {
  const reason = (error as NodeJS.ErrnoException)?.code ?? String(error)
  return new OptionsError('Unexpected unreadable file `' + file + '` (' + reason + ') in option `filterLists`, expected paths of Adblock Plus filter lists')
}

async function build(files: string[]): Promise<FilterLists> {
  const texts = await Promise.all(
    files.map(async function (file) {
      try {
        return await readFile(file, 'utf8')
      } catch (error) {
        throw unreadable(file, error)
      }
    })
  )
  const {FiltersEngine, Request} = await import('@ghostery/adblocker')
  const engine: FiltersEngine = FiltersEngine.parse(texts.join('\n'), {
    loadCosmeticFilters: true,
    loadNetworkFilters: true,
    enableHtmlFiltering: false
  })

  return {
    matchUrl(url, type) {
      let result
      try {
        result = engine.match(Request.fromRawDetails({url: new URL(url, documentUrl).href, type, sourceUrl: documentUrl}))
      } catch {
        return undefined
      }
      return result.match && result.filter ? result.filter.toString() : undefined
    },
    matchElements(tree, classes, ids, hrefs) {
      const hidden = new Map<Element, string>()
      const {matches} = engine.matchCosmeticFilters({
        url: documentUrl,
        hostname: 'document.invalid',
        domain: 'document.invalid',
        classes,
        ids,
        hrefs,
        getRulesFromDOM: true,
        getRulesFromHostname: false,
        getInjectionRules: false,
        getExtendedRules: false
      })
      for (const {filter, exception} of matches) {
        if (!filter || exception) continue
        let elements: Element[]
        try {
          elements = selectAll(filter.getSelector(), tree)
        } catch {
          continue // A selector hast-util-select does not support, such as `:-abp-has()`.
        }
        for (const element of elements) if (!hidden.has(element)) hidden.set(element, filter.toString())
      }
      return hidden
    }
  }
}

import {adServerHosts, affiliateNetworks, type AffiliateNetwork} from './signatures.js'

/** What a URL is, as far as ads go. */
export type UrlKind =
  | {kind: 'ad-server'; host: string}
  | {kind: 'affiliate'; network: string; host: string}

/** The signatures a document is checked against: built-in ones plus the user's. */
export interface UrlSignatures {
  adServerHosts: string[]
  networks: AffiliateNetwork[]
  allowHosts: string[]
}

/** A base for relative URLs that no real link can point at. */
const documentBase = 'https://document.invalid/'

/**
 * Combine the built-in signatures with the user's extra ad hosts, affiliate
 * hosts and affiliate URL patterns (regular expression sources, already
 * checked), and the hosts to allow.
 */
export function urlSignatures(extra: {
  adHosts: string[]
  affiliateHosts: string[]
  affiliatePatterns: string[]
  allowHosts: string[]
}): UrlSignatures {
  const networks = [...affiliateNetworks]
  if (extra.affiliateHosts.length > 0 || extra.affiliatePatterns.length > 0) {
    networks.push({
      name: 'configured',
      hosts: extra.affiliateHosts.map(normalizeHost),
      patterns: extra.affiliatePatterns.map((source) =>
        // A user's pattern (option `affiliatePatterns`), checked by `checkPatterns`.
        new RegExp(source, 'i')
      )
    })
  }
  return {
    adServerHosts: [...adServerHosts, ...extra.adHosts.map(normalizeHost)],
    networks,
    allowHosts: extra.allowHosts.map(normalizeHost)
  }
}

/** The host of an absolute (or protocol-relative) http URL; `undefined` for local links. */
export function remoteHost(url: string): string | undefined {
  if (!/^(?:https?:)?\/\//i.test(url.trim())) return undefined
  try {
    const host = new URL(url.trim(), documentBase).hostname.toLowerCase()
    return host === 'document.invalid' || host === '' ? undefined : host
  } catch {
    return undefined
  }
}

/** Classify `url`: an ad server, an affiliate network, or nothing (`undefined`). */
export function classifyUrl(url: string, signatures: UrlSignatures): UrlKind | undefined {
  const host = remoteHost(url)
  if (host === undefined || hostIn(host, signatures.allowHosts)) return undefined
  const trimmed = url.trim()
  for (const network of signatures.networks) {
    if (hostIn(host, network.hosts) || network.patterns.some((pattern) => pattern.test(trimmed))) {
      return {kind: 'affiliate', network: network.name, host}
    }
  }
  if (hostIn(host, signatures.adServerHosts)) return {kind: 'ad-server', host}
  return undefined
}

/** Whether `host` is one of `hosts` or a subdomain of one. */
export function hostIn(host: string, hosts: string[]): boolean {
  return hosts.some((candidate) => host === candidate || host.endsWith('.' + candidate))
}

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\*?\./, '')
}

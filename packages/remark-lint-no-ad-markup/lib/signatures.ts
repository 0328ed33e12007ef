/**
 * The built-in signatures of `no-ad-markup`: ad servers, affiliate networks
 * and the markup of ad slots. This file is data only; `detect.ts` reads it.
 *
 * A host matches itself and its subdomains (`doubleclick.net` matches
 * `ad.doubleclick.net`). Users add hosts and URL patterns, or allow hosts,
 * through the rule's options (see the readme); change this file only for
 * signatures that hold for everyone. Sources: each network's documented link
 * format, and the hosts ad blockers' lists have blocked for years.
 */

/** An affiliate network, known by its hosts or by the shape of its URLs. */
export interface AffiliateNetwork {
  /** Name used in messages, such as `Impact`. */
  name: string
  /** Hosts whose links are always affiliate links. */
  hosts: string[]
  /** URL shapes that are affiliate links on any host (tested on the whole URL). */
  patterns: RegExp[]
}

/**
 * Hosts that serve ads: scripts, frames and images from them are ad code.
 * Google AdSense and Ad Manager, Amazon, the native-ad networks (Taboola,
 * Outbrain, Revcontent, MGID), Media.net and the large exchanges.
 */
export const adServerHosts: string[] = [
  'doubleclick.net',
  'googlesyndication.com',
  'googleadservices.com',
  'googletagservices.com',
  'adservice.google.com',
  'amazon-adsystem.com',
  'taboola.com',
  'outbrain.com',
  'revcontent.com',
  'mgid.com',
  'media.net',
  'adnxs.com',
  'criteo.com',
  'criteo.net',
  'pubmatic.com',
  'rubiconproject.com',
  'openx.net',
  'adsrvr.org',
  'moatads.com',
  'zergnet.com',
  'propellerads.com',
  'popads.net',
  'adform.net',
  'smartadserver.com',
  'yieldmo.com'
]

/**
 * Affiliate networks. Impact links go through vanity hosts (`brand.pxf.io`,
 * `go.brand.com`), so its `/c/{partner}/{ad}/{campaign}` click path counts on
 * any host; Amazon marks its associates with a `tag` parameter; many shops run
 * their own programmes as `affiliate.php` or an `AFFILIATE=` parameter.
 */
export const affiliateNetworks: AffiliateNetwork[] = [
  {
    name: 'Impact',
    hosts: ['pxf.io', 'sjv.io', '8odi.net', 'impactradius-go.com', 'impactradius.com', 'ojrq.net'],
    patterns: [/^(?:https?:)?\/\/[^/?#]+\/[ci]\/\d+\/\d+\/\d+(?:[/?#]|$)/i]
  },
  {
    name: 'CJ',
    hosts: ['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com'],
    patterns: []
  },
  {name: 'Rakuten', hosts: ['click.linksynergy.com', 'linksynergy.com'], patterns: []},
  {name: 'Awin', hosts: ['awin1.com', 'zenaps.com'], patterns: []},
  {
    name: 'ShareASale',
    hosts: ['shareasale.com', 'shareasale-analytics.com'],
    patterns: []
  },
  {
    name: 'Amazon',
    hosts: [],
    patterns: [/^(?:https?:)?\/\/(?:[\w-]+\.)*(?:amazon\.[a-z.]{2,6}|amzn\.(?:to|com|eu|asia))\/[^#]*[?&]tag=[^&#]+/i]
  },
  {name: 'Skimlinks', hosts: ['go.skimresources.com', 'go.redirectingat.com'], patterns: []},
  {name: 'Sovrn', hosts: ['redirect.viglink.com'], patterns: []},
  {
    name: 'shop',
    hosts: [],
    patterns: [/^(?:https?:)?\/\/[^?#]*\/affiliate\.php(?:[?#]|$)/i, /[?&]affiliate=[^&#]+/i]
  }
]

/** Classes of ad slots: AdSense, and the usual names publishers give their slot wrappers. */
export const adSlotClasses: Array<{pattern: RegExp; name: string}> = [
  {pattern: /^adsbygoogle$/, name: 'AdSense slot'},
  {pattern: /^(?:ad-?slot|ad-?unit|ad-?container|ad-?wrapper|ad-?banner|advert|advertisement|google-?ads?)$/i, name: 'ad slot'}
]

/** Ids of ad slots: Google Publisher Tag (`div-gpt-ad-1234-0`). */
export const adSlotIds: Array<{pattern: RegExp; name: string}> = [
  {pattern: /^div-gpt-ad-/, name: 'Google Publisher Tag slot'}
]

/** Inline script code that fills ad slots. */
export const adScriptCode: Array<{pattern: RegExp; name: string}> = [
  {pattern: /\badsbygoogle\b/, name: 'AdSense script'},
  {pattern: /\bgoogletag\s*\.\s*(?:cmd|display|defineSlot|pubads|enableServices)\b/, name: 'Google Publisher Tag script'}
]

/**
 * Comments publishers put around ads: `<!-- affiliate ads begin -->`,
 * `<!-- AdSense -->`. A word joined by a hyphen does not count, so
 * `<!-- lint disable no-ad-markup -->` is not a marker.
 */
export const adMarkerComment = /(?<![\w-])(?:ads?|adsense|adverts?|advertisement|advertising|affiliates?)(?![\w-])/i

/** Words that open and close a marked block: `<!-- ads begin -->` … `<!-- ads end -->`. */
export const markerOpens = /\b(?:begin|beginning|start|starts|open|top)\b/i
export const markerCloses = /\b(?:end|ends|stop|close|bottom)\b/i

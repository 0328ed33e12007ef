/**
 * No rule opens a network connection or runs code from the document. Every
 * way out of the process (net, tls, http, https, dns, fetch and undici's
 * global dispatcher, child processes) is replaced, before the preset is
 * loaded, by a recorder that throws; the preset then lints documents full of
 * URLs and of code that would set a global if it ran.
 */
import assert from 'node:assert/strict'
import childProcess from 'node:child_process'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import {syncBuiltinESMExports} from 'node:module'
import net from 'node:net'
import tls from 'node:tls'
import {describe, it} from 'node:test'

const calls: string[] = []

/** Replace `object[name]` with a function that records the call and throws. */
function trap(object: object, name: string, label: string): void {
  Object.defineProperty(object, name, {
    configurable: true,
    writable: true,
    value: function () {
      calls.push(label)
      throw new Error('Unexpected ' + label + ' while linting')
    }
  })
}

for (const name of ['connect', 'createConnection']) trap(net, name, 'net.' + name)
trap(net.Socket.prototype, 'connect', 'net.Socket#connect')
trap(tls, 'connect', 'tls.connect')
for (const name of ['request', 'get']) {
  trap(http, name, 'http.' + name)
  trap(https, name, 'https.' + name)
}
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt']) {
  trap(dns, name, 'dns.' + name)
  trap(dns.promises, name, 'dns.promises.' + name)
}
trap(globalThis, 'fetch', 'fetch')
if ('WebSocket' in globalThis) trap(globalThis, 'WebSocket', 'WebSocket')
// Node's own fetch (undici) sends every request through this global dispatcher.
Object.defineProperty(globalThis, Symbol.for('undici.globalDispatcher.1'), {
  configurable: true,
  writable: true,
  value: {
    dispatch() {
      calls.push('undici dispatch')
      throw new Error('Unexpected undici dispatch while linting')
    }
  }
})
for (const name of ['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork']) {
  trap(childProcess, name, 'child_process.' + name)
}
syncBuiltinESMExports()

const {assertSane, lintWithPreset} = await import('./preset.ts')

const marker = '__contentQualityRan'

const documents: Record<string, string> = {
  'links, images and URLs everywhere': `---
title: Links
url: https://example.com/frontmatter
image: "http://example.org/cover.png"
---

# Links to [example.com](https://example.com/a) and ![a chart](https://example.org/chart.png "chart")

Autolinks <https://example.net/auto> and <mailto:someone@example.com>, bare https://example.com/bare
and www.example.org/www, a [reference][ref] and a footnote.[^note]

[ref]: https://example.com/reference "Reference"
[^note]: See http://example.com/footnote.

<img src="https://example.com/img.png" srcset="https://example.com/a.png 1x, https://example.com/b.png 2x">
<iframe src="https://example.com/embed"></iframe>
<link rel="stylesheet" href="https://example.com/style.css">
<script src="https://example.com/script.js"></script>
<video poster="https://example.com/poster.jpg"><source src="https://example.com/v.mp4"></video>
<object data="https://example.com/object.swf"></object>
<base href="https://example.com/">
<meta http-equiv="refresh" content="0; url=https://example.com/refresh">
<style>@import url("https://example.com/import.css"); body { background: url(https://example.com/bg.png) }</style>
<svg><use href="https://example.com/sprite.svg#icon"></use><image href="https://example.com/i.png"/></svg>
<!DOCTYPE html [<!ENTITY external SYSTEM "https://example.com/entity">]>
<p>&external;</p>
`,
  'TOML frontmatter with URLs': `+++
url = "https://example.com/toml"
+++

Visit https://example.com/ — or https://例え.jp/パス.
`,
  'code that would run if executed': `---
title: !!js/function "function () { globalThis.${marker} = 'yaml' }"
tag: !!js/undefined ''
__proto__:
  polluted: yaml
---

# Script <script>globalThis.${marker} = 'inline script'</script>

<script>globalThis.${marker} = 'script block'</script>

<img src="x" onerror="globalThis.${marker} = 'onerror'">
<svg onload="globalThis.${marker} = 'onload'"></svg>
<body onload="globalThis.${marker} = 'body onload'"></body>
<details open ontoggle="globalThis.${marker} = 'ontoggle'"><summary>x</summary></details>
<iframe srcdoc="<script>parent.${marker} = 'srcdoc'</script>"></iframe>
<a href="javascript:globalThis.${marker} = 'href'">click</a>

[a link](javascript:globalThis.${marker}='markdown-link') and ![image](javascript:globalThis.${marker}='image')

Templates: \${globalThis.${marker} = 'template'} {{constructor.constructor('globalThis.${marker} = "mustache"')()}}
`,
  'TOML that tries to pollute prototypes': `+++
[__proto__]
polluted = "toml"
[constructor.prototype]
polluted = "toml"
+++

Text.
`
}

describe('no network, no code from the document', () => {
  it('the traps catch what they guard (so the checks below can fail)', async () => {
    assert.throws(() => net.connect(80, 'example.com'))
    assert.throws(() => http.get('http://example.com/'))
    assert.throws(() => dns.lookup('example.com', () => {}))
    await assert.rejects(async () => fetch('https://example.com/'))
    assert.deepEqual(calls.splice(0), ['net.connect', 'http.get', 'dns.lookup', 'fetch'])
  })

  for (const [name, document] of Object.entries(documents)) {
    it(name, async () => {
      for (const gfm of [true, false]) assertSane(await lintWithPreset(document, gfm))
      await new Promise((resolve) => setTimeout(resolve, 50))
      assert.deepEqual(calls, [], 'network or process calls while linting')
      assert.equal((globalThis as Record<string, unknown>)[marker], undefined, 'code from the document ran')
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted')
    })
  }
})

// The root package's `postinstall` script.
//
// Where pnpm installed the workspace (development) it builds it with `tsc -b`.
//
// Under npm it builds the pre-commit hook. pre-commit installs a `language:
// node` hook repository with npm (`npm install` of the repository, then `npm
// pack` and `npm install -g` of the result), and npm cannot install a pnpm
// workspace (`workspace:*`). So this copies the workspace to a temporary
// folder, installs and builds it there with pnpm (a devDependency, from the
// registry), and bundles the preset with esbuild into `hook/dist/preset.js`,
// which the packed repository holds. The hook loads it with `--use
// content-quality-lint`. The rule `no-duplicate-document`, which needs an
// option, is bundled beside it (`hook/dist/no-duplicate-document.js`, code
// they share in `hook/dist/chunks/`), for `--use
// 'content-quality-lint/no-duplicate-document=index:"…"'`.
//
// It is `postinstall`, not `prepare`, because `npm pack` runs `prepare` and
// npm 11 prints the script's banner on standard output, where pre-commit
// reads the name of the tarball.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundles = path.join(root, 'hook', 'dist')

if (!existsSync(path.join(root, 'pnpm-workspace.yaml'))) {
  // Installed from the packed tarball: already built.
} else if (existsSync(path.join(root, 'node_modules', '.modules.yaml'))) {
  // pnpm installed the workspace (its own record of node_modules is there).
  run(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-b'], root, process.env)
} else {
  await buildHook()
}

/** Install and build the workspace in a copy, then bundle the preset. */
async function buildHook() {
  const copy = mkdtempSync(path.join(tmpdir(), 'content-quality-hook-'))
  try {
    cpSync(root, copy, {
      recursive: true,
      filter: (source) => !/(^|[/\\])(node_modules|dist|\.git)$/.test(path.relative(root, source))
    })
    const pnpmManifest = createRequire(import.meta.url).resolve('pnpm')
    const pnpm = path.join(path.dirname(pnpmManifest), 'bin', 'pnpm.cjs')
    run(process.execPath, [pnpm, 'install', '--frozen-lockfile'], copy, withoutNpmSettings(process.env))

    const {build} = await import('esbuild')
    await build({
      entryPoints: {
        preset: path.join(copy, 'packages', 'remark-preset-lint-content-quality', 'dist', 'index.js'),
        'no-duplicate-document': path.join(copy, 'packages', 'remark-lint-no-duplicate-document', 'dist', 'index.js')
      },
      outdir: bundles,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Bundled CommonJS modules may call `require`.
      banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
      logLevel: 'warning'
    })
    console.error('hook: built ' + path.relative(root, bundles))
  } finally {
    rmSync(copy, {recursive: true, force: true})
  }
}

/**
 * The environment without npm's settings: npm passes its flags to scripts as
 * `npm_config_*` variables (such as `production` for `npm install --prod`),
 * and pnpm would read them as its own.
 */
function withoutNpmSettings(environment) {
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !/^npm_/i.test(name)))
}

/** Run a command, failing this script when it fails. */
function run(command, args, cwd, env) {
  const result = spawnSync(command, args, {cwd, env, stdio: 'inherit'})
  if (result.status !== 0) {
    console.error('hook: `' + [path.basename(command), ...args.map((arg) => path.basename(arg))].join(' ') + '` failed')
    process.exit(result.status ?? 1)
  }
}

/**
 * Test helper: the system programs a test runs (git, the pre-commit
 * framework), each in the Debian package of its name. A test gets one
 * itself: a program missing from PATH is installed with apt-get when that is
 * allowed (running as root, apt-get there). Where it cannot be had, the test
 * fails with one line naming the program and how to install it, never with
 * a skip.
 */
import {spawnSync} from 'node:child_process'
import {accessSync, constants, statSync} from 'node:fs'
import path from 'node:path'

/** Where apt-get puts programs, whether or not PATH has them. */
const systemDirectories = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']

/** Programs already looked for: their path, or why they cannot be had. */
const found = new Map<string, string | Error>()

/** A program that cannot be had: one line, no stack, so that it is read. */
class MissingProgram extends Error {
  constructor(name: string, why: string) {
    super(
      '`' + name + '` is needed by this test and ' + why + ': install it (on Debian or Ubuntu: ' +
        '`sudo apt-get install ' + name + '`) and run the tests again'
    )
    this.name = 'MissingProgram'
    this.stack = this.name + ': ' + this.message
  }
}

/** The executable `name` in `directories`, if one is there. */
function lookUp(name: string, directories: string[]): string | undefined {
  for (const directory of directories) {
    const file = path.join(directory, name)
    try {
      accessSync(file, constants.X_OK)
      if (statSync(file).isFile()) return file
    } catch {
      // Not here.
    }
  }
  return undefined
}

/** The executable `name` on PATH, if one is there. */
function onPath(name: string): string | undefined {
  return lookUp(name, (process.env.PATH ?? '').split(path.delimiter).filter(Boolean))
}

/** Run apt-get (at `aptGet`) as the install does; the reason it failed, if it did. */
function aptGetFailure(aptGet: string, args: string[]): string | undefined {
  const result = spawnSync(aptGet, args, {
    encoding: 'utf8',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  })
  if (result.error) return result.error.message
  if (result.status === 0) return undefined
  const lines = (result.stderr + result.stdout).split('\n').filter((line) => line.trim())
  return (lines.at(-1) ?? 'exit code ' + result.status).trim()
}

/**
 * Install `name` with apt-get (`apt-get update -qq`, then
 * `apt-get install -y`) and return where it went; throws `MissingProgram`
 * when that is not allowed or fails.
 */
function install(name: string): string {
  const aptGet = onPath('apt-get')
  if (!aptGet) throw new MissingProgram(name, 'is not on PATH, and apt-get is not there to install it')
  if (process.getuid?.() !== 0) throw new MissingProgram(name, 'is not on PATH, and only root may apt-get install it')
  console.error('`' + name + '` is not on PATH: installing it with apt-get install -y ' + name)
  const failure = aptGetFailure(aptGet, ['update', '-qq']) ?? aptGetFailure(aptGet, ['install', '-y', '-qq', name])
  if (failure) throw new MissingProgram(name, 'is not on PATH, and `apt-get install -y ' + name + '` failed (' + failure + ')')
  const file = onPath(name) ?? lookUp(name, systemDirectories)
  if (!file) throw new MissingProgram(name, 'is still not found after `apt-get install -y ' + name + '`')
  return file
}

/**
 * The path of the system program `name`: from PATH, else installed with
 * apt-get. Throws a one-line `MissingProgram` when it cannot be had.
 */
export function program(name: string): string {
  let file = found.get(name)
  if (file === undefined) {
    try {
      file = onPath(name) ?? install(name)
    } catch (error) {
      file = error as Error
    }
    found.set(name, file)
  }
  if (file instanceof Error) throw file
  return file
}

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {OptionsError, optionsJsonSchema, readOptions, type OptionsSpec} from '../lib/index.ts'

interface Options {
  allow: string[]
  strict: boolean
  maxWords: number
  threshold: number
}

const spec: OptionsSpec<Options> = {
  allow: {type: 'string-array'},
  strict: {type: 'boolean'},
  maxWords: {type: 'integer', minimum: 1, maximum: 8},
  threshold: {type: 'number', minimum: 0, maximum: 1}
}
const defaults: Options = {allow: [], strict: false, maxWords: 4, threshold: 0.5}

/** The message of the error `readOptions` throws for `raw`. */
function failure(raw: unknown): string {
  try {
    readOptions(raw, spec, defaults)
  } catch (error) {
    assert.ok(error instanceof OptionsError)
    return error.message
  }
  throw new Error('expected an OptionsError')
}

describe('readOptions', () => {
  it('fills in defaults and keeps given values', () => {
    assert.deepEqual(readOptions(undefined, spec, defaults), defaults)
    assert.deepEqual(readOptions(null, spec, defaults), defaults)
    assert.deepEqual(readOptions({maxWords: 2, allow: ['x']}, spec, defaults), {...defaults, maxWords: 2, allow: ['x']})
  })

  it('does not share the defaults object', () => {
    assert.notEqual(readOptions(undefined, spec, defaults), defaults)
  })

  it('names the option and what it accepts', () => {
    assert.equal(failure({allow: 'x'}), 'Unexpected value `"x"` for option `allow`, expected an array of strings')
    assert.equal(failure({strict: 'yes'}), 'Unexpected value `"yes"` for option `strict`, expected `true` or `false`')
    assert.equal(failure({maxWords: 2.5}), 'Unexpected value `2.5` for option `maxWords`, expected an integer from 1 to 8')
    assert.equal(failure({maxWords: 9}), 'Unexpected value `9` for option `maxWords`, expected an integer from 1 to 8')
    assert.equal(failure({threshold: Number.NaN}), 'Unexpected value `NaN` for option `threshold`, expected a number from 0 to 1')
    assert.equal(
      failure({maxword: 3}),
      'Unexpected option `maxword`, expected one of `allow`, `strict`, `maxWords`, `threshold`'
    )
    assert.equal(
      failure([1]),
      'Unexpected options `[1]`, expected an object with `allow`, `strict`, `maxWords`, `threshold`'
    )
  })

  it('reads a string option', () => {
    const withName: OptionsSpec<{name: string | undefined}> = {name: {type: 'string'}}
    assert.deepEqual(readOptions({name: 'index.json'}, withName, {name: undefined}), {name: 'index.json'})
    assert.deepEqual(readOptions({}, withName, {name: undefined}), {name: undefined})
    assert.throws(() => readOptions({name: 5}, withName, {name: undefined}), {
      name: 'OptionsError',
      message: 'Unexpected value `5` for option `name`, expected a string'
    })
    assert.deepEqual(optionsJsonSchema(withName), {type: 'object', properties: {name: {type: 'string'}}, additionalProperties: false})
  })

  it('describes the spec as JSON Schema', () => {
    assert.deepEqual(optionsJsonSchema(spec), {
      type: 'object',
      properties: {
        allow: {type: 'array', items: {type: 'string'}},
        strict: {type: 'boolean'},
        maxWords: {type: 'integer', minimum: 1, maximum: 8},
        threshold: {type: 'number', minimum: 0, maximum: 1}
      },
      additionalProperties: false
    })
  })
})
